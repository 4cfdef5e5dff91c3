package nl.opleidingsklimaat.quality.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

public record RegionDashboard(
        String regionCode,
        String name,
        OffsetDateTime generatedAt,
        long institutionsTotal,
        int page,
        int size,
        List<InstitutionRow> institutions,
        long gapsTotal,
        List<RegionGap> gaps) {}
