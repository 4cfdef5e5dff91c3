package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record QuestionnaireRequest(
        @NotNull Phase phase,

        @NotEmpty @Schema(description = "Score 1-5 per measure", example = "{\"resilience\": 4, \"reflection\": 3}")
        Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> scores) {}
