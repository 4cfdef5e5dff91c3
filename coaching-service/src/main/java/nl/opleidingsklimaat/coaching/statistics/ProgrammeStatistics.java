package nl.opleidingsklimaat.coaching.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeStatistics(
        String programmeCode,
        String programmeName,

        @Schema(description = "Residents with a requested, matched or active track (supervisors are counted apart)")
        SuppressedCount residentsInCoaching,

        SuppressedCount tracksCompleted,

        @Schema(description = "Residents (and students) in an intervision group that is not closed")
        SuppressedCount residentsInIntervision,

        @Schema(description = "Supervisors with a requested, matched or active track (kept apart from residents)")
        SuppressedCount supervisorsInCoaching,

        SuppressedCount supervisorTracksCompleted,

        @Schema(description = "Supervisors in a supervisors' intervision group that is not closed")
        SuppressedCount supervisorsInIntervision) {}
