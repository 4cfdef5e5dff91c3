package nl.opleidingsklimaat.coaching.track;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrackView(
        UUID id,
        String programmeCode,
        String institutionCode,
        String offerTypeCode,
        TrackState state,

        @Schema(description = "Whom the track is for: a resident (aios) or a supervisor (opleider / opleidingsgroep)")
        Coachee coachee,

        @Schema(description = "The coached person's opaque reference (a supervisor's on a supervisor's track)")
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
