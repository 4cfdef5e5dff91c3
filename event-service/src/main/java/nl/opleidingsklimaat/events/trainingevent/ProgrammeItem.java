package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One part of an event's programme. Items run one after the other in the order given; {@code plannedStart} is
 * optional and, when given, must be exactly where the previous item ends (so overlaps and gaps are caught).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProgrammeItem")
public record ProgrammeItem(
        @NotBlank @Size(max = 200) @Schema(example = "AAV visie")
        String title,

        @NotNull @Positive @Max(720) @Schema(example = "70") Integer minutes,

        @Size(max = 4000) @Schema(example = "De AAV deelt haar visie, bevindingen en behoefte met de COC")
        String theme,

        @NotNull @Schema(example = "breakout") ItemFormat format,

        @Size(max = 4000) @Schema(example = "Inzicht in de visie van de aios zelf")
        String intendedResult,

        @Size(max = 20) List<@NotBlank @Size(max = 200) String> speakers,

        @Schema(
                description = "Optional: when this item is meant to start; must equal the end of the previous item",
                example = "13:15",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        LocalTime plannedStart,

        @Size(max = 20)
        @Schema(description = "Optional timed parts inside the item, in order; their minutes add up to the item's")
        List<@NotNull @Valid ItemPart> parts) {

    public List<String> speakersOrEmpty() {
        return speakers == null ? List.of() : speakers;
    }

    public List<ItemPart> partsOrEmpty() {
        return parts == null ? List.of() : parts;
    }
}
