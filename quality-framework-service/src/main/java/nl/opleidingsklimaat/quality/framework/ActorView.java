package nl.opleidingsklimaat.quality.framework;

public record ActorView(
        String code, String name, String role, nl.opleidingsklimaat.quality.assessment.SubjectType assessedSubject) {}
