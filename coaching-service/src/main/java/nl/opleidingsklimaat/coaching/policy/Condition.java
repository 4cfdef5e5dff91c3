package nl.opleidingsklimaat.coaching.policy;

/** One of the six conditions; a preferred one ("bij voorkeur") is advice rather than a requirement. */
public record Condition(String code, String text, boolean preferred) {}
