package nl.opleidingsklimaat.coaching.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resident's coaching track. The reason is confidential: only the resident and the coach ever read it. */
@Entity
@Table(name = "coaching_track")
public class CoachingTrack extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    /** The coached person's opaque reference: a resident's, or a supervisor's when {@link #coachee} says so. */
    public String residentReference;

    @Enumerated(EnumType.STRING)
    public Coachee coachee;

    public String programmeCode;

    public String institutionCode;

    public String offerTypeCode;

    public String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;

    public boolean medicalBackgroundPreferred;

    public boolean sharedWithDirector;

    @Enumerated(EnumType.STRING)
    public TrackState state;

    public UUID coachId;

    public int maxSessions;
    /** The coach's fee per session, fixed when the track is matched. */
    public BigDecimal sessionFee;

    public OffsetDateTime requestedAt;

    public OffsetDateTime matchedAt;

    public OffsetDateTime startedAt;

    public OffsetDateTime endedAt;

    /** Proposals are made for a requested track only. */
    public void ensureAwaitsMatch() {
        if (state != TrackState.REQUESTED) {
            throw ProblemException.conflict("Track %s is %s; only a requested track is matched", id, state);
        }
    }

    /** Only a requested track can be matched; otherwise 409. */
    public void ensureMatchable() {
        if (state != TrackState.REQUESTED) {
            throw ProblemException.conflict("Track %s is %s; only a requested track can be matched", id, state);
        }
    }

    /** Requested to matched: the coach and the coach's fee per session, fixed from now on. */
    public void matchTo(UUID coach, BigDecimal fee, OffsetDateTime now) {
        ensureMatchable();
        coachId = coach;
        sessionFee = fee;
        state = TrackState.MATCHED;
        matchedAt = now;
    }

    /** Matched to active; only a matched track can start. */
    public void start(OffsetDateTime now) {
        if (state != TrackState.MATCHED) {
            throw ProblemException.conflict("Track %s is %s; only a matched track can start", id, state);
        }
        state = TrackState.ACTIVE;
        startedAt = now;
    }

    /** Active to completed; only an active track can be completed. */
    public void complete(OffsetDateTime now) {
        if (state != TrackState.ACTIVE) {
            throw ProblemException.conflict("Track %s is %s; only an active track can be completed", id, state);
        }
        state = TrackState.COMPLETED;
        endedAt = now;
    }

    /** Requested, matched or active to cancelled; a completed or cancelled track stays as it is. */
    public void cancel(OffsetDateTime now) {
        if (state.isFinal()) {
            throw ProblemException.conflict("Track %s is already %s", id, state);
        }
        state = TrackState.CANCELLED;
        endedAt = now;
    }

    /** Sessions are booked on a matched or active track. */
    public void ensureOpenForBooking() {
        if (state != TrackState.MATCHED && state != TrackState.ACTIVE) {
            throw ProblemException.conflict(
                    "Track %s is %s; sessions are booked on a matched or active track", id, state);
        }
    }

    /** At most {@code maxSessions} (6 for coaching) booked, held or late-cancelled sessions; a timely cancellation frees its place. */
    public void ensureRoomForSession(long sessionsBooked) {
        if (sessionsBooked >= maxSessions) {
            throw ProblemException.unprocessable("Track %s already has its %d sessions", id, maxSessions);
        }
    }

    /** A session is held (and counts for the costs) on an active track only. */
    public void ensureSessionsCanBeHeld() {
        if (state != TrackState.ACTIVE) {
            throw ProblemException.conflict("Track %s is %s; sessions are held on an active track", id, state);
        }
    }

    public static long inHandOf(UUID coachId) {
        return count("coachId = ?1 and state in ?2", coachId, TrackState.IN_HAND);
    }

    public long sessionsHeld() {
        return CoachingSession.count("trackId = ?1 and state = ?2", id, SessionState.HELD);
    }

    /** Booked, held and late-cancelled sessions: the places taken of the track's {@code maxSessions}. */
    public long sessionsBooked() {
        return CoachingSession.count("trackId = ?1 and state in ?2", id, SessionState.TAKING_A_PLACE);
    }

    public long sessionsCancelledLate() {
        return CoachingSession.count("trackId = ?1 and state = ?2", id, SessionState.CANCELLED_LATE);
    }

    /** Sessions paid for: held, or cancelled late by the resident. */
    public long sessionsBilled() {
        return CoachingSession.count("trackId = ?1 and state in ?2", id, SessionState.BILLED);
    }
}
