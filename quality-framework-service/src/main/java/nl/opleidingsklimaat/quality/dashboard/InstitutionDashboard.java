package nl.opleidingsklimaat.quality.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

public record InstitutionDashboard(
        String institutionCode,
        String name,
        String regionCode,
        OffsetDateTime generatedAt,
        long programmesTotal,
        int page,
        int size,
        List<ProgrammeRow> programmes) {}
