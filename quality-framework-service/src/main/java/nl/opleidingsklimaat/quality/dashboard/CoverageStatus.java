package nl.opleidingsklimaat.quality.dashboard;

import java.util.UUID;

public record CoverageStatus(UUID assessmentId, int year, int tasks, int met, int percentMet) {}
