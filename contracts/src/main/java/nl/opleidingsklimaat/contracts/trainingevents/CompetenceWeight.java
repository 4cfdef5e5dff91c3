package nl.opleidingsklimaat.contracts.trainingevents;

/** Share of an event's accreditation attributed to one CanMEDS competence, in percent (all weights sum to 100). */
public record CompetenceWeight(String competence, int percent) {}
