package nl.opleidingsklimaat.coaching.coach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AvailabilityRequest(
        @NotNull Boolean available,
        @NotNull @Min(1) @Max(50) @Schema(example = "5") Integer capacity) {}
