package nl.opleidingsklimaat.contracts.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Plausible;

/**
 * A programme's report reached the campaign's threshold and is released. Aggregates only, never an individual's
 * answers. Subject {@code programme/<code>}.
 *
 * @param audiences roles that may read the report, e.g. programme-director, supervisor, coc, education-advisor
 */
public record ReportReleased(
        UUID campaignId,
        String instrumentCode,
        String programmeCode,
        String institutionCode,
        String regionCode,
        int invited,
        int respondents,
        BigDecimal responseRate,
        List<DomainScore> domainScores,
        List<String> strengths,
        List<String> attentionPoints,
        List<String> audiences)
        implements Plausible {

    @Override
    public List<String> implausibilities() {
        return new Plausible.Reasons()
                .require(
                        campaignId != null && programmeCode != null && institutionCode != null && regionCode != null,
                        "campaign, programme, institution and region are required")
                .require(
                        respondents >= MINIMUM_GROUP,
                        "a released report has at least " + MINIMUM_GROUP + " respondents")
                .require(respondents <= invited, "more respondents than invited")
                .require(audiences != null && !audiences.isEmpty(), "a report names its audiences")
                .list();
    }
}
