package nl.opleidingsklimaat.contracts.quality;

/** A programme changed (name, director, cluster, deactivation). Carries the whole new state. Subject {@code programme/<code>}. */
public record ProgrammeUpdated(
        String code,
        String name,
        String specialtyCode,
        String institutionCode,
        String regionCode,
        String clusterCode,
        String directorReference,
        boolean active) {}
