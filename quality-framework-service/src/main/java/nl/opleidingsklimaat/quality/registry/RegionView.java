package nl.opleidingsklimaat.quality.registry;

public record RegionView(String code, String name, boolean active) {
    static RegionView of(Region r) {
        return new RegionView(r.code, r.name, r.active);
    }
}
