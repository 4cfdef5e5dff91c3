package nl.opleidingsklimaat.contracts.quality;

/** An institution was registered or changed. Subject {@code institution/<code>}. */
public record InstitutionRegistered(String code, String name, String regionCode, boolean active) {}
