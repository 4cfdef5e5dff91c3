package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The released summary of a programme's results as its residents read it (the Kwaliteitskader: share the measurement
 * results with the team and the residents): the theme means with their comparison, strengths and attention points,
 * no item figures and no open answers.
 */
public record SharedResults(
        UUID campaignId,
        String campaignName,
        String programmeCode,
        int respondents,
        BigDecimal responseRate,
        List<ReportView.DomainResult> domains,
        List<String> strengths,
        List<String> attentionPoints,
        String scoring) {

    static SharedResults of(ReportView report) {
        return new SharedResults(
                report.campaignId(),
                report.campaignName(),
                report.programmeCode(),
                report.respondents(),
                report.responseRate(),
                report.domains(),
                report.strengths(),
                report.attentionPoints(),
                report.scoring());
    }
}
