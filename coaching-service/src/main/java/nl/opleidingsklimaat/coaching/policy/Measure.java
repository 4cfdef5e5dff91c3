package nl.opleidingsklimaat.coaching.policy;

public record Measure(String code, String text) {}
