package nl.opleidingsklimaat.quality.assessment;

public record CellCoverage(
        String actorCode,
        String domainCode,
        int tasks,
        int met,
        int inProgress,
        int notApplicable,
        int tasksWithEvidence,
        long evidenceItems) {}
