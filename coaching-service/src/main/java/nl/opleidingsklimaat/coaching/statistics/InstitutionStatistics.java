package nl.opleidingsklimaat.coaching.statistics;

import java.util.List;

public record InstitutionStatistics(
        String institutionCode,
        SuppressedCount residentsInCoaching,
        SuppressedCount tracksCompleted,
        SuppressedCount residentsInIntervision,
        SuppressedCount supervisorsInCoaching,
        SuppressedCount supervisorTracksCompleted,
        SuppressedCount supervisorsInIntervision,
        List<ProgrammeStatistics> programmes) {}
