package nl.opleidingsklimaat.contracts.survey;

import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Plausible;

/**
 * Fewer respondents than the threshold: the programme side gets no report. Subject {@code programme/<code>}.
 *
 * @param audiences roles that may still read the figures (COC, education advisor)
 */
public record ReportWithheld(
        UUID campaignId,
        String instrumentCode,
        String programmeCode,
        String institutionCode,
        String regionCode,
        int invited,
        int respondents,
        int threshold,
        List<String> audiences)
        implements Plausible {

    @Override
    public List<String> implausibilities() {
        return new Plausible.Reasons()
                .require(
                        campaignId != null && programmeCode != null && institutionCode != null && regionCode != null,
                        "campaign, programme, institution and region are required")
                .require(threshold >= MINIMUM_GROUP, "a threshold is never below " + MINIMUM_GROUP)
                .require(
                        respondents >= 0 && respondents < threshold,
                        "a withheld report has fewer respondents than its threshold")
                .require(respondents <= invited, "more respondents than invited")
                .list();
    }
}
