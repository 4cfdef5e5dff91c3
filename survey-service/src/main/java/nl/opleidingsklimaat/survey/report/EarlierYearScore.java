package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's score on a theme in an earlier campaign of the same chain (last year's and before): only from a
 * released report of that programme, and only as the caller reads that earlier report itself.
 */
@Schema(name = "EarlierYearScore")
public record EarlierYearScore(
        UUID campaignId,
        String campaignName,

        @Schema(description = "The year the earlier campaign opened")
        int year,

        String instrumentVersion,

        @Schema(description = "The theme's mean as that year's report shows it to the caller")
        BigDecimal mean,

        Integer respondents,

        @Schema(description = "The theme had only reversed items that year: its mean is on their answer scale")
        boolean lowerIsBetter) {}
