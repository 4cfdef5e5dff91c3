package nl.opleidingsklimaat.events.trainingevent;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The points the accreditation body accredited the event for, its reason and when it set them. */
@Schema(name = "Accreditation")
public record AccreditationView(
        @Schema(example = "2.5") BigDecimal points,

        @Schema(example = "De activerende borrel en de intermezzo's tellen niet mee")
        String reason,

        OffsetDateTime setAt) {

    static AccreditationView of(TrainingEvent event) {
        return event.accreditedPoints == null
                ? null
                : new AccreditationView(event.accreditedPoints, event.accreditationReason, event.accreditedAt);
    }
}
