package nl.opleidingsklimaat.contracts.survey;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A programme's wellbeing aggregate crossed a signal rule (only computed at or above the threshold).
 * Subject {@code programme/<code>}.
 */
public record WellbeingSignalRaised(UUID campaignId, String programmeCode, String institutionCode, int respondents,
        String indicator, BigDecimal value, String rule) {
}
