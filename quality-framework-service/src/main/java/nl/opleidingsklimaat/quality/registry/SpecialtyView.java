package nl.opleidingsklimaat.quality.registry;

public record SpecialtyView(String code, String name, boolean active) {
    static SpecialtyView of(Specialty s) {
        return new SpecialtyView(s.code, s.name, s.active);
    }
}
