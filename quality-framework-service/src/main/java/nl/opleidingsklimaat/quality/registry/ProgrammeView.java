package nl.opleidingsklimaat.quality.registry;

public record ProgrammeView(
        String code,
        String name,
        String specialtyCode,
        String institutionCode,
        String regionCode,
        String clusterCode,
        String directorReference,
        boolean active) {
    static ProgrammeView of(Programme p) {
        return new ProgrammeView(
                p.code,
                p.name,
                p.specialtyCode,
                p.institutionCode,
                p.regionCode,
                p.clusterCode,
                p.directorReference,
                p.active);
    }
}
