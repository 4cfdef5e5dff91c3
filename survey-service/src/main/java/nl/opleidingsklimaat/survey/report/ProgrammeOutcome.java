package nl.opleidingsklimaat.survey.report;

public record ProgrammeOutcome(
        String programmeCode, String institutionCode, int invited, int respondents, int lateInvitations) {}
