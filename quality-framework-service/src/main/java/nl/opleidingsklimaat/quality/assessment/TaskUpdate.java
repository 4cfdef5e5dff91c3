package nl.opleidingsklimaat.quality.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TaskUpdate(
        @NotNull @Schema(example = "MET") TaskStatus status,

        @Size(max = 4000) @Schema(example = "Besproken in de opleidingsvergadering van maart")
        String notes,

        @Size(max = 2000) @Schema(description = "Required when the status is NOT_APPLICABLE")
        String notApplicableReason) {}
