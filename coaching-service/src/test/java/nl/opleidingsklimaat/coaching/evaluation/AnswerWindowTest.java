package nl.opleidingsklimaat.coaching.evaluation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.opleidingsklimaat.coaching.track.TrackState;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** When the track questionnaires may be answered, without Quarkus or a database. */
class AnswerWindowTest {

    @Test
    void theMeasureBeforeIsTakenBeforeTheFirstSessionOnAMatchedOrActiveTrack() {
        assertThatCode(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.BEFORE, TrackState.MATCHED, 0))
                .doesNotThrowAnyException();
        assertThatCode(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.BEFORE, TrackState.ACTIVE, 0))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.BEFORE, TrackState.ACTIVE, 1))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.BEFORE, TrackState.REQUESTED, 0))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void theMeasureAfterIsTakenOnACompletedTrackOnly() {
        assertThatCode(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.AFTER, TrackState.COMPLETED, 6))
                .doesNotThrowAnyException();
        for (TrackState state : TrackState.values()) {
            if (state != TrackState.COMPLETED) {
                assertThatThrownBy(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.AFTER, state, 3))
                        .isInstanceOf(ProblemException.class);
            }
        }
    }

    @Test
    void anEndedTrackIsEvaluatedACancelledOneOnlyAfterASession() {
        assertThatCode(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.EVALUATION, TrackState.COMPLETED, 0))
                .doesNotThrowAnyException();
        assertThatCode(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.EVALUATION, TrackState.CANCELLED, 1))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.EVALUATION, TrackState.CANCELLED, 0))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> AnswerWindow.ensureOpen(TrackQuestionnaire.EVALUATION, TrackState.ACTIVE, 4))
                .isInstanceOf(ProblemException.class);
    }
}
