package nl.opleidingsklimaat.coaching.track;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record TrackView(
        UUID id,
        String programmeCode,
        String institutionCode,
        String offerTypeCode,
        TrackState state,
        String residentReference,
        List<String> topics,
        boolean medicalBackgroundPreferred,
        boolean sharedWithDirector,
        UUID coachId,
        int maxSessions,
        long sessionsBooked,
        long sessionsHeld,
        OffsetDateTime requestedAt,
        OffsetDateTime matchedAt,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt) {}
