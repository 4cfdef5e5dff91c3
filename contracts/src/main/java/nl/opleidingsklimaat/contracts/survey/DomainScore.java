package nl.opleidingsklimaat.contracts.survey;

import java.math.BigDecimal;

/** Mean score of one questionnaire domain (e.g. {@code supervision}) over a programme's respondents. */
public record DomainScore(String domain, BigDecimal mean, int respondents) {}
