package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.survey.DomainScore;

/**
 * The latest report of a programme. Its figures only for callers with a role among the report's audiences (those
 * survey-service shows the figures to); domain scores only when released, the threshold only when withheld; a count
 * of fewer than 4 people is null. The note says what is left out and why.
 */
public record ReportStatus(
        ReportState state,
        UUID campaignId,
        String instrumentCode,
        Integer invited,
        Integer respondents,
        BigDecimal responseRate,
        Integer threshold,
        List<DomainScore> domainScores,
        String note) {
    static final ReportStatus NONE =
            new ReportStatus(ReportState.NONE, null, null, null, null, null, null, List.of(), null);
}
