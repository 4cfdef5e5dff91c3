package nl.opleidingsklimaat.quality.dashboard;

public record RegionGap(GapKind kind, String institutionCode, String programmeCode, String detail) {}
