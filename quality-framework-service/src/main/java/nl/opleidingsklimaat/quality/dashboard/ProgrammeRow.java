package nl.opleidingsklimaat.quality.dashboard;

public record ProgrammeRow(
        String programmeCode,
        String name,
        boolean active,
        ReportStatus latestReport,
        PlanStatus improvementPlan,
        long overdueActions,
        CoachingUptake coaching,
        Professionalisation professionalisation,
        CoverageStatus coverage) {}
