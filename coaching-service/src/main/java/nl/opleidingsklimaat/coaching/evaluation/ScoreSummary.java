package nl.opleidingsklimaat.coaching.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreSummary(
        @Schema(description = "Answers counted; below 4 only \"fewer than 4\"")
        SuppressedCount respondents,

        @Schema(description = "Mean (1-5) per item over the counted answers; only from 4 answers on")
        Map<String, BigDecimal> means) {}
