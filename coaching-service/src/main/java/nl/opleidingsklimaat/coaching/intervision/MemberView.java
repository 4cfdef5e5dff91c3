package nl.opleidingsklimaat.coaching.intervision;

public record MemberView(String residentReference, String programmeCode) {}
