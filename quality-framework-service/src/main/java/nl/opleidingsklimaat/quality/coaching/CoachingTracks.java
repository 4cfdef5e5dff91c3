package nl.opleidingsklimaat.quality.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.registry.ProgrammeClaim;
import nl.opleidingsklimaat.quality.registry.ProgrammeLocator;

/**
 * Keeps a coaching track's latest known state; a completed track never goes back to started. A track stays in the
 * programme it started in, which must be registered in the institution the event names.
 */
@ApplicationScoped
public class CoachingTracks {

    @Inject
    ProgrammeLocator programmes;

    void apply(
            UUID trackId,
            String programmeCode,
            String institutionCode,
            String offerType,
            int sessionsHeld,
            String status) {
        if (trackId == null) {
            throw new ImplausibleEventException("a coaching track event names its track");
        }
        SubjectRef programme = programmes.programme(new ProgrammeClaim(programmeCode, institutionCode, null));
        CoachingTrack track = CoachingTrack.findById(trackId);
        if (track == null) {
            track = new CoachingTrack();
            track.trackId = trackId;
            track.status = status;
        } else if (!programme.programmeCode().equals(track.programmeCode)) {
            throw new ImplausibleEventException("coaching track " + trackId + " belongs to programme "
                    + track.programmeCode + ", not " + programmeCode);
        } else if (!CoachingTrack.COMPLETED.equals(track.status)) {
            track.status = status;
        }
        track.programmeCode = programme.programmeCode();
        track.institutionCode = programme.institutionCode();
        track.offerType = offerType;
        track.sessionsHeld = Math.max(track.sessionsHeld, sessionsHeld);
        track.updatedAt = OffsetDateTime.now();
        if (!track.isPersistent()) {
            track.persist();
        }
    }
}
