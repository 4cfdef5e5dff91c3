package nl.opleidingsklimaat.quality.framework;

public record DomainView(String code, String name) {}
