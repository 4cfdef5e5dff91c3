package nl.opleidingsklimaat.quality.assessment;

import java.util.List;
import java.util.UUID;

/** percentMet counts met tasks among the applicable ones (not-applicable tasks are left out). */
public record Coverage(
        UUID assessmentId,
        int tasks,
        int met,
        int notApplicable,
        int tasksWithEvidence,
        long evidenceItems,
        int percentMet,
        List<CellCoverage> cells) {}
