package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;
import java.util.List;

/** The COC's overview of all its institution's programmes in one campaign: status, response and theme means. */
public record InstitutionOverview(
        String campaignName,
        String institutionCode,
        String regionCode,
        int threshold,
        List<String> domainNames,
        List<ProgrammeLine> programmes) {

    /**
     * One programme; {@code domainMeans} in the order of {@code domainNames}, null where nobody answered, and per
     * theme the programme's released scores of earlier years (year on year), newest first.
     */
    public record ProgrammeLine(
            String programmeCode,
            ReportStatus status,
            int invited,
            int respondents,
            BigDecimal responseRate,
            List<BigDecimal> domainMeans,
            List<List<EarlierYearScore>> earlierYears) {}
}
