package nl.opleidingsklimaat.coaching.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrackQuestionnaireRequest(
        @NotEmpty
        @Size(max = 20)
        @Schema(
                description = "Score 1-5 per item: the evaluation items or the effect measures of the policy file",
                example = "{\"coach-fit\": 5, \"goals-reached\": 4, \"recommend\": 5}")
        Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> scores) {}
