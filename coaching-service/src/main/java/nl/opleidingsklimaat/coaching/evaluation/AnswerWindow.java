package nl.opleidingsklimaat.coaching.evaluation;

import nl.opleidingsklimaat.coaching.track.TrackState;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * When a track's questionnaire may be answered: the effect measure before the first session is held, and after the
 * track is completed; the evaluation once the track has ended (completed, or cancelled after at least one session).
 */
public final class AnswerWindow {
    private AnswerWindow() {}

    public static void ensureOpen(TrackQuestionnaire questionnaire, TrackState state, long sessionsHeld) {
        boolean open = switch (questionnaire) {
            case BEFORE -> (state == TrackState.MATCHED || state == TrackState.ACTIVE) && sessionsHeld == 0;
            case AFTER -> state == TrackState.COMPLETED;
            case EVALUATION -> state == TrackState.COMPLETED || (state == TrackState.CANCELLED && sessionsHeld > 0);
        };
        if (!open) {
            throw ProblemException.conflict(
                    "The track is %s with %d sessions held; %s", state, sessionsHeld, when(questionnaire));
        }
    }

    private static String when(TrackQuestionnaire questionnaire) {
        return switch (questionnaire) {
            case BEFORE -> "the measure before is taken on a matched or active track before its first session";
            case AFTER -> "the measure after is taken on a completed track";
            case EVALUATION -> "a track is evaluated once completed, or cancelled after at least one session";
        };
    }
}
