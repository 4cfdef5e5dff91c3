package nl.opleidingsklimaat.quality.registry;

/** Where an event says a programme sits; a null region means the event does not name one. */
public record ProgrammeClaim(String programmeCode, String institutionCode, String regionCode) {}
