package nl.opleidingsklimaat.survey.rate;

/** The level at which response rates are counted. */
public enum RateLevel {
    PROGRAMME,
    INSTITUTION,
    REGION;
}
