package nl.opleidingsklimaat.coaching.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.LateCancellation;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** One coaching session of a track. Its notes are confidential: only the resident and the coach ever read them. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID trackId;

    public UUID coachId;

    public OffsetDateTime startsAt;

    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    public SessionState state;

    public String notes;

    /** Booked to held, once the session's time has come: a session in the future cannot have taken place. */
    public void markHeld(OffsetDateTime now) {
        if (state != SessionState.BOOKED) {
            throw ProblemException.conflict("Session %s is %s; only a booked session can be held", id, state);
        }
        if (startsAt.isAfter(now)) {
            throw ProblemException.unprocessable(
                    "Session %s starts at %s; a session can be recorded as held only once it has started",
                    id, startsAt);
        }
        state = SessionState.HELD;
    }

    /**
     * Booked to cancelled. The resident's cancellation within the policy's notice period is late (billed, and it keeps
     * its place among the track's sessions); the coach's cancellation never is.
     */
    public void cancel(boolean byResident, OffsetDateTime now, LateCancellation rule) {
        if (state != SessionState.BOOKED) {
            throw ProblemException.conflict("Session %s is %s; only a booked session can be cancelled", id, state);
        }
        state = byResident && rule.isLate(startsAt, now) ? SessionState.CANCELLED_LATE : SessionState.CANCELLED;
    }

    /** Whether the coach has another booked or held session that overlaps [start, end). */
    static boolean coachBusy(UUID coachId, OffsetDateTime start, OffsetDateTime end) {
        return count(
                        "coachId = ?1 and state in ?2 and startsAt < ?3 and endsAt > ?4",
                        coachId,
                        List.of(SessionState.BOOKED, SessionState.HELD),
                        end,
                        start)
                > 0;
    }
}
