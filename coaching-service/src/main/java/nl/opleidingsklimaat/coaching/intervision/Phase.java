package nl.opleidingsklimaat.coaching.intervision;

/** The effect questionnaire before the group starts and after it ends. */
public enum Phase {
    PRE,
    POST
}
