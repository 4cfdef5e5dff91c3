package nl.opleidingsklimaat.coaching.evaluation;

/**
 * The questionnaires the coached person answers about a track: the evaluation of the track once it has ended, and the
 * effect measure before the first session and after the track is completed.
 */
public enum TrackQuestionnaire {
    EVALUATION,
    BEFORE,
    AFTER
}
