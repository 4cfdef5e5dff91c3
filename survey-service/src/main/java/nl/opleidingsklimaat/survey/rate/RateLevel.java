package nl.opleidingsklimaat.survey.rate;

import java.util.Locale;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** The level at which response rates are counted. */
public enum RateLevel {
    PROGRAMME,
    INSTITUTION,
    REGION;

    /** A level as given in a query (any case); a 400 on field {@code level} when unknown. */
    static RateLevel parse(String level) {
        try {
            return valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("level", "must be PROGRAMME, INSTITUTION or REGION");
        }
    }
}
