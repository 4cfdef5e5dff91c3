package nl.opleidingsklimaat.contracts.survey;

import java.util.List;
import java.util.UUID;

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
        List<String> audiences) {
}
