package nl.opleidingsklimaat.events.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRequest")
public record EvaluationRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "Overall rating, 1 (poor) to 5 (excellent)", example = "4")
        Integer overall,

        @NotNull @Min(1) @Max(5) @Schema(description = "Relevance for your own practice, 1 to 5", example = "5")
        Integer relevance,

        @Size(max = 1000)
        @Schema(
                description = "Your take-home message",
                example = "Welzijn structureel agenderen in het opleidersoverleg")
        String takeHome) {}
