package nl.opleidingsklimaat.contracts.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Plausible;

/**
 * A programme's wellbeing aggregate crossed a signal rule (only computed at or above the threshold).
 * Subject {@code programme/<code>}.
 */
public record WellbeingSignalRaised(
        UUID campaignId,
        String programmeCode,
        String institutionCode,
        int respondents,
        String indicator,
        BigDecimal value,
        String rule)
        implements Plausible {

    @Override
    public List<String> implausibilities() {
        return new Plausible.Reasons()
                .require(
                        campaignId != null && programmeCode != null && institutionCode != null,
                        "campaign, programme and institution are required")
                .require(
                        respondents >= MINIMUM_GROUP,
                        "a signal is only computed from at least " + MINIMUM_GROUP + " respondents")
                .list();
    }
}
