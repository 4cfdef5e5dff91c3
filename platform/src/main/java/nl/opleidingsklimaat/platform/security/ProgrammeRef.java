package nl.opleidingsklimaat.platform.security;

/** Where a programme sits in the organisation: enough to decide who may see it. */
public record ProgrammeRef(String programmeCode, String institutionCode, String regionCode) {}
