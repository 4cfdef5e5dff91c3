package nl.opleidingsklimaat.quality.registry;

public record InstitutionView(String code, String name, String regionCode, boolean active) {
    static InstitutionView of(Institution i) {
        return new InstitutionView(i.code, i.name, i.regionCode, i.active);
    }
}
