package nl.opleidingsklimaat.contracts.quality;

/** An education and training region (OOR) was registered or changed. Subject {@code region/<code>}. */
public record RegionRegistered(String code, String name, boolean active) {}
