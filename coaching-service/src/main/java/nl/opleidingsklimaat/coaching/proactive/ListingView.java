package nl.opleidingsklimaat.coaching.proactive;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ListingView(
        UUID id,
        String programmeCode,
        String institutionCode,
        UUID campaignId,
        List<String> reasons,
        OffsetDateTime flaggedAt,
        OffsetDateTime approachedAt) {}
