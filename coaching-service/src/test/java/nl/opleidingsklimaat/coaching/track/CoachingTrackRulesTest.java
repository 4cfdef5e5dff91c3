package nl.opleidingsklimaat.coaching.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The states of a coaching track and their guards, without Quarkus or a database. */
class CoachingTrackRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T09:00:00+01:00");
    static final UUID COACH = UUID.randomUUID();

    static CoachingTrack track(TrackState state) {
        CoachingTrack track = new CoachingTrack();
        track.id = UUID.randomUUID();
        track.state = state;
        track.maxSessions = 6;
        return track;
    }

    static void refused(Runnable action, ProblemType type) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(type));
    }

    @Test
    void aRequestedTrackIsMatchedToACoachAtTheCoachsFee() {
        CoachingTrack track = track(TrackState.REQUESTED);
        track.matchTo(COACH, new BigDecimal("125.00"), NOW);
        assertThat(track.state).isEqualTo(TrackState.MATCHED);
        assertThat(track.coachId).isEqualTo(COACH);
        assertThat(track.sessionFee).isEqualByComparingTo("125.00");
        assertThat(track.matchedAt).isEqualTo(NOW);
    }

    @Test
    void onlyARequestedTrackIsMatched() {
        for (TrackState state : TrackState.values()) {
            if (state != TrackState.REQUESTED) {
                refused(() -> track(state).matchTo(COACH, BigDecimal.TEN, NOW), ProblemType.CONFLICT);
                refused(() -> track(state).ensureAwaitsMatch(), ProblemType.CONFLICT);
            }
        }
    }

    @Test
    void aMatchedTrackStartsAndOnlyAMatchedOne() {
        CoachingTrack track = track(TrackState.MATCHED);
        track.start(NOW);
        assertThat(track.state).isEqualTo(TrackState.ACTIVE);
        assertThat(track.startedAt).isEqualTo(NOW);
        for (TrackState state : TrackState.values()) {
            if (state != TrackState.MATCHED) {
                refused(() -> track(state).start(NOW), ProblemType.CONFLICT);
            }
        }
    }

    @Test
    void anActiveTrackCompletesAndOnlyAnActiveOne() {
        CoachingTrack track = track(TrackState.ACTIVE);
        track.complete(NOW);
        assertThat(track.state).isEqualTo(TrackState.COMPLETED);
        assertThat(track.endedAt).isEqualTo(NOW);
        for (TrackState state : TrackState.values()) {
            if (state != TrackState.ACTIVE) {
                refused(() -> track(state).complete(NOW), ProblemType.CONFLICT);
            }
        }
    }

    @Test
    void aTrackIsCancelledFromEveryStateThatIsNotFinal() {
        for (TrackState state : new TrackState[] {TrackState.REQUESTED, TrackState.MATCHED, TrackState.ACTIVE}) {
            CoachingTrack track = track(state);
            track.cancel(NOW);
            assertThat(track.state).isEqualTo(TrackState.CANCELLED);
            assertThat(track.endedAt).isEqualTo(NOW);
        }
        refused(() -> track(TrackState.COMPLETED).cancel(NOW), ProblemType.CONFLICT);
        refused(() -> track(TrackState.CANCELLED).cancel(NOW), ProblemType.CONFLICT);
    }

    @Test
    void sessionsAreBookedOnAMatchedOrActiveTrackOnly() {
        track(TrackState.MATCHED).ensureOpenForBooking();
        track(TrackState.ACTIVE).ensureOpenForBooking();
        for (TrackState state : new TrackState[] {TrackState.REQUESTED, TrackState.COMPLETED, TrackState.CANCELLED}) {
            refused(() -> track(state).ensureOpenForBooking(), ProblemType.CONFLICT);
        }
    }

    @Test
    void sessionsAreHeldOnAnActiveTrackOnly() {
        track(TrackState.ACTIVE).ensureSessionsCanBeHeld();
        for (TrackState state : TrackState.values()) {
            if (state != TrackState.ACTIVE) {
                refused(() -> track(state).ensureSessionsCanBeHeld(), ProblemType.CONFLICT);
            }
        }
    }

    @Test
    void aTrackTakesAtMostItsSixSessions() {
        CoachingTrack track = track(TrackState.ACTIVE);
        for (long booked = 0; booked < 6; booked++) {
            track.ensureRoomForSession(booked);
        }
        refused(() -> track.ensureRoomForSession(6), ProblemType.UNPROCESSABLE);
        refused(() -> track.ensureRoomForSession(7), ProblemType.UNPROCESSABLE);
    }

    @Test
    void aMatchedOrActiveTrackTakesAPlaceOfTheCoachsCapacity() {
        assertThat(TrackState.IN_HAND).containsExactlyInAnyOrder(TrackState.MATCHED, TrackState.ACTIVE);
        assertThat(TrackState.COMPLETED.isFinal()).isTrue();
        assertThat(TrackState.CANCELLED.isFinal()).isTrue();
        assertThat(TrackState.ACTIVE.isFinal()).isFalse();
    }
}
