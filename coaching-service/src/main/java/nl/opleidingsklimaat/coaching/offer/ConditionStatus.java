package nl.opleidingsklimaat.coaching.offer;

public record ConditionStatus(String code, String text, boolean preferred, boolean met) {}
