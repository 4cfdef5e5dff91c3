package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest report of a programme. Its figures only for callers with a role among the report's audiences (those
 * survey-service shows the figures to); domain scores only when released, the threshold only when withheld; a count
 * of fewer than 4 people is null. The note says what is left out and why.
 */
public record ReportStatus(
        ReportState state,
        UUID campaignId,
        String instrumentCode,
        @Schema(nullable = true) Integer invited,
        @Schema(nullable = true) Integer respondents,
        @Schema(nullable = true) BigDecimal responseRate,
        @Schema(nullable = true) Integer threshold,
        List<DomainScore> domainScores,
        @Schema(nullable = true) String note) {
    static final ReportStatus NONE =
            new ReportStatus(ReportState.NONE, null, null, null, null, null, null, List.of(), null);
}
