package nl.opleidingsklimaat.coaching.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EffectSummary(
        ScoreSummary before,
        ScoreSummary after,

        @Schema(
                description = "Mean after minus mean before, per measure; only when both are shown. The answers are"
                        + " anonymous, so these are two groups of answers, not pairs of one person's")
        Map<String, BigDecimal> change) {}
