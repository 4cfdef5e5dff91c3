package nl.opleidingsklimaat.coaching.intervision;

import java.math.BigDecimal;
import java.util.Map;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PhaseResult(
        Phase phase,

        @Schema(description = "Answers counted in the results; below 4 only \"fewer than 4\"")
        SuppressedCount respondents,

        @Schema(description = "Mean per measure over the counted answers; only when there are at least 4")
        Map<String, BigDecimal> means,

        @Schema(
                description = "How answers reach the results",
                example = "Answers are added to the results in groups of at least 4, so that "
                        + "no one's answer can be told apart; answers that wait for their group are kept sealed.")
        String note) {}
