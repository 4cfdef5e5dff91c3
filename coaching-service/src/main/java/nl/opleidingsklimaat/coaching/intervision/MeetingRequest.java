package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MeetingRequest(
        @NotNull @Schema(example = "2026-04-14T16:00:00+02:00")
        OffsetDateTime startsAt,

        @Size(max = 500) @Schema(example = "Omgaan met fouten")
        String topic) {}
