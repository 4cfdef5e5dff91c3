package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;

public record DomainStatistic(String domain, BigDecimal mean, int respondents) {}
