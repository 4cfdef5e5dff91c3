package nl.opleidingsklimaat.contracts.quality;

/**
 * A programme (one specialty at one institution) was registered. Subject {@code programme/<code>}.
 *
 * @param directorReference opaque reference to the programme director; never a name or e-mail address
 */
public record ProgrammeRegistered(
        String code,
        String name,
        String specialtyCode,
        String institutionCode,
        String regionCode,
        String clusterCode,
        String directorReference,
        boolean active) {}
