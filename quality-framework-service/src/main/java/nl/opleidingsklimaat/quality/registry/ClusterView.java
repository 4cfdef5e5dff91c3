package nl.opleidingsklimaat.quality.registry;

public record ClusterView(String code, String name, String regionCode, String specialtyCode, boolean active) {
    static ClusterView of(Cluster c) {
        return new ClusterView(c.code, c.name, c.regionCode, c.specialtyCode, c.active);
    }
}
