package nl.opleidingsklimaat.coaching.track;

import static nl.opleidingsklimaat.coaching.track.CoachingTrackRulesTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.LateCancellation;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** When a session may be held, and when a cancellation is late, without Quarkus or a database. */
class CoachingSessionRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T09:00:00+01:00");
    static final LateCancellation DAY_AHEAD = new LateCancellation(24, "24 uur");

    static CoachingSession session(SessionState state, OffsetDateTime startsAt) {
        CoachingSession session = new CoachingSession();
        session.id = UUID.randomUUID();
        session.state = state;
        session.startsAt = startsAt;
        session.endsAt = startsAt.plusHours(1);
        return session;
    }

    @Test
    void aSessionInTheFutureCannotBeHeld() {
        CoachingSession session = session(SessionState.BOOKED, NOW.plusMinutes(1));
        refused(() -> session.markHeld(NOW), ProblemType.UNPROCESSABLE);
        assertThat(session.state).isEqualTo(SessionState.BOOKED);
    }

    @Test
    void aSessionIsHeldOnceItHasStarted() {
        CoachingSession started = session(SessionState.BOOKED, NOW);
        started.markHeld(NOW);
        assertThat(started.state).isEqualTo(SessionState.HELD);
        CoachingSession past = session(SessionState.BOOKED, NOW.minusDays(3));
        past.markHeld(NOW);
        assertThat(past.state).isEqualTo(SessionState.HELD);
    }

    @Test
    void onlyABookedSessionIsHeldOrCancelled() {
        for (SessionState state : SessionState.values()) {
            if (state != SessionState.BOOKED) {
                refused(() -> session(state, NOW.minusDays(1)).markHeld(NOW), ProblemType.CONFLICT);
                refused(() -> session(state, NOW.plusDays(3)).cancel(true, NOW, DAY_AHEAD), ProblemType.CONFLICT);
            }
        }
    }

    @Test
    void theResidentsCancellationWithinTheNoticePeriodIsLate() {
        CoachingSession tomorrow = session(SessionState.BOOKED, NOW.plusHours(23));
        tomorrow.cancel(true, NOW, DAY_AHEAD);
        assertThat(tomorrow.state).isEqualTo(SessionState.CANCELLED_LATE);

        CoachingSession missed = session(SessionState.BOOKED, NOW.minusHours(2));
        missed.cancel(true, NOW, DAY_AHEAD);
        assertThat(missed.state).isEqualTo(SessionState.CANCELLED_LATE);
    }

    @Test
    void aTimelyCancellationOrTheCoachsIsNotLate() {
        CoachingSession inTime = session(SessionState.BOOKED, NOW.plusHours(25));
        inTime.cancel(true, NOW, DAY_AHEAD);
        assertThat(inTime.state).isEqualTo(SessionState.CANCELLED);

        CoachingSession byCoach = session(SessionState.BOOKED, NOW.plusHours(1));
        byCoach.cancel(false, NOW, DAY_AHEAD);
        assertThat(byCoach.state).isEqualTo(SessionState.CANCELLED);
    }
}
