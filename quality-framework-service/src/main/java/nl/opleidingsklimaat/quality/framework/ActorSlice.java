package nl.opleidingsklimaat.quality.framework;

public record ActorSlice(Summary framework, ActorRow actor) {}
