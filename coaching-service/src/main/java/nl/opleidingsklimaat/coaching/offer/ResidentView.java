package nl.opleidingsklimaat.coaching.offer;

public record ResidentView(String residentReference, String programmeCode, String institutionCode) {}
