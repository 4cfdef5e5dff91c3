package nl.opleidingsklimaat.events.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the evaluation questionnaire. */
public final class EvaluationApi {
    private EvaluationApi() {
    }

    @Schema(name = "EvaluationRequest")
    public record EvaluationRequest(
            @NotNull @Min(1) @Max(5) @Schema(description = "Overall rating, 1 (poor) to 5 (excellent)", example = "4") Integer overall,
            @NotNull @Min(1) @Max(5) @Schema(description = "Relevance for your own practice, 1 to 5", example = "5") Integer relevance,
            @Size(max = 1000) @Schema(description = "Your take-home message", example = "Welzijn structureel agenderen in het opleidersoverleg") String takeHome) {
    }

    @Schema(name = "EvaluationResults", description = "Figures are shown only once at least the minimum number of attendees answered")
    public record EvaluationResults(UUID eventId, long respondents, int minimumRespondents, boolean shown, BigDecimal meanOverall,
            BigDecimal meanRelevance, List<String> participantTakeHomes, @Schema(description = "Recorded by the organiser") List<String> organiserTakeHomeMessages) {
    }
}
