package nl.opleidingsklimaat.quality.consumer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps a coaching track's latest known state; a completed track never goes back to started. */
final class CoachingTracks {
    private CoachingTracks() {
    }

    static void apply(UUID trackId, String programmeCode, String institutionCode, String offerType, int sessionsHeld, String status) {
        CoachingTrack track = CoachingTrack.findById(trackId);
        if (track == null) {
            track = new CoachingTrack();
            track.trackId = trackId;
            track.status = status;
        } else if (!CoachingTrack.COMPLETED.equals(track.status)) {
            track.status = status;
        }
        track.programmeCode = programmeCode;
        track.institutionCode = institutionCode;
        track.offerType = offerType;
        track.sessionsHeld = Math.max(track.sessionsHeld, sessionsHeld);
        track.updatedAt = OffsetDateTime.now();
        if (!track.isPersistent()) {
            track.persist();
        }
    }
}
