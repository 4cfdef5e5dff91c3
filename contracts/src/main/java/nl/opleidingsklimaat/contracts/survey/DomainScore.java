package nl.opleidingsklimaat.contracts.survey;

import java.math.BigDecimal;

/**
 * Mean score of one questionnaire domain (e.g. {@code supervision}) over a programme's respondents, on a scale of 1 to
 * 5 where higher is better; except where {@code lowerIsBetter}: a domain of only reversed items (the thermometer's
 * "Gedachten aan stoppen") is given on its items' answer scale, as the report shows it (absent in older events: false).
 */
public record DomainScore(String domain, BigDecimal mean, int respondents, boolean lowerIsBetter) {
    public DomainScore(String domain, BigDecimal mean, int respondents) {
        this(domain, mean, respondents, false);
    }
}
