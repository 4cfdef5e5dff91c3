package nl.opleidingsklimaat.coaching.track;

import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.COACH;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.DIRECTOR;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.OFFICE;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.RESIDENT;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.CoachingConfig;
import nl.opleidingsklimaat.coaching.coach.Coach;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** Sessions of a track: booked within working hours, never two at once for a coach, at most the track's number. */
@ApplicationScoped
@Transactional
public class SessionService {
    @Inject
    Preconditions preconditions;

    @Inject
    TrackAccess access;

    @Inject
    WorkingHours workingHours;

    @Inject
    CoachingConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CoachingPolicy policy;

    public SessionView book(UUID trackId, SessionRequest request) {
        CoachingTrack track = access.require(trackId, RESIDENT, COACH);
        track.ensureOpenForBooking();
        int minutes = request.durationMinutes() == null ? config.defaultSessionMinutes() : request.durationMinutes();
        OffsetDateTime start = request.startsAt();
        OffsetDateTime end = start.plusMinutes(minutes);
        if (!workingHours.contains(start, end)) {
            throw ProblemException.unprocessable(
                    "A session must fall within working hours: %s", workingHours.describe());
        }
        // the coach's row serialises bookings, so two requests cannot both take the same hour
        Coach coach = Coach.findById(track.coachId, LockModeType.PESSIMISTIC_WRITE);
        track.ensureRoomForSession(track.sessionsBooked());
        if (CoachingSession.coachBusy(coach.id, start, end)) {
            throw ProblemException.conflict("The coach already has a session between %s and %s", start, end);
        }
        CoachingSession session = new CoachingSession();
        session.trackId = track.id;
        session.coachId = coach.id;
        session.startsAt = start;
        session.endsAt = end;
        session.state = SessionState.BOOKED;
        session.persist();
        return view(session);
    }

    /** The coach records that a booked session took place: only on an active track, once the session has started. */
    public SessionView markHeld(UUID trackId, UUID sessionId) {
        CoachingTrack track = access.require(trackId, COACH);
        CoachingSession session = session(track, sessionId);
        track.ensureSessionsCanBeHeld();
        session.markHeld(OffsetDateTime.now());
        return view(session);
    }

    public SessionView cancel(UUID trackId, UUID sessionId) {
        CoachingTrack track = access.require(trackId, RESIDENT, COACH);
        CoachingSession session = session(track, sessionId);
        boolean byResident = access.relationTo(track) == RESIDENT;
        session.cancel(byResident, OffsetDateTime.now(), policy.lateCancellation());
        return view(session);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionView> list(UUID trackId, PageRequest page) {
        CoachingTrack track = access.require(trackId, RESIDENT, COACH, OFFICE, DIRECTOR);
        if (!access.relationTo(track).concerned()) {
            audit.record("list-sessions", "coaching-track", track.id.toString());
        }
        return Page.of(
                CoachingSession.<CoachingSession>find("trackId", Sort.by("startsAt"), track.id),
                page,
                SessionService::view);
    }

    /** Notes: written by the coach, read by the coach and the resident; nobody else learns they exist beyond a flag. */
    public NotesView writeNotes(UUID trackId, UUID sessionId, NotesRequest request) {
        CoachingTrack track = access.require(trackId, COACH);
        CoachingSession session = session(track, sessionId);
        preconditions.honourIfMatch(session, () -> notesView(session));
        session.notes = request.notes();
        return new NotesView(session.id, session.notes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotesView notes(UUID trackId, UUID sessionId) {
        CoachingTrack track = access.require(trackId, RESIDENT, COACH);
        CoachingSession session = session(track, sessionId);
        return notesView(session);
    }

    private static NotesView notesView(CoachingSession session) {
        return new NotesView(session.id, session.notes == null ? "" : session.notes);
    }

    private static CoachingSession session(CoachingTrack track, UUID sessionId) {
        CoachingSession session = CoachingSession.findById(sessionId);
        if (session == null || !session.trackId.equals(track.id)) {
            throw ProblemException.notFound("Session %s not found", sessionId);
        }
        return session;
    }

    static SessionView view(CoachingSession session) {
        return new SessionView(
                session.id, session.trackId, session.startsAt, session.endsAt, session.state, session.notes != null);
    }
}
