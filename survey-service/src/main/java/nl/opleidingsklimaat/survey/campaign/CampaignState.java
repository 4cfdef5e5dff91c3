package nl.opleidingsklimaat.survey.campaign;

import java.util.Locale;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** DRAFT -> OPEN -> CLOSED -> REPORTED; never backwards. */
public enum CampaignState {
    DRAFT,
    OPEN,
    CLOSED,
    REPORTED;

    /** A state filter as given in a query (any case); null when absent, a 400 on field {@code state} when unknown. */
    public static CampaignState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "must be DRAFT, OPEN, CLOSED or REPORTED");
        }
    }
}
