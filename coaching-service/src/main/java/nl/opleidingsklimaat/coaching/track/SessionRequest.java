package nl.opleidingsklimaat.coaching.track;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SessionRequest(
        @NotNull @Schema(example = "2026-03-10T09:00:00+01:00")
        OffsetDateTime startsAt,

        @Min(15) @Max(240) @Schema(description = "Minutes; default 60", example = "60")
        Integer durationMinutes) {}
