package nl.opleidingsklimaat.coaching.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeStatistics(
        String programmeCode,
        String programmeName,

        @Schema(description = "Residents with a requested, matched or active track")
        SuppressedCount residentsInCoaching,

        SuppressedCount tracksCompleted,

        @Schema(description = "Residents in an intervision group that is not closed")
        SuppressedCount residentsInIntervision) {}
