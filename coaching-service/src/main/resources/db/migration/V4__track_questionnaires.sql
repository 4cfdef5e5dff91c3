-- The coached person's evaluation of a track, and the effect measure before and after it. Who answered (one answer
-- per track and questionnaire) is kept apart from the scores, which are sealed in the ballot box (db/ballot) per
-- institution, coachee and questionnaire, and reach track_questionnaire_score only when at least 4 ballots are opened
-- together, in shuffled order, with random ids, no track and no time. track_questionnaire_tally counts the opened ones.
CREATE TABLE track_questionnaire_submission (
    id            uuid PRIMARY KEY,
    track_id      uuid NOT NULL REFERENCES coaching_track (id),
    questionnaire text NOT NULL,
    UNIQUE (track_id, questionnaire)
);

CREATE TABLE track_questionnaire_score (
    id               uuid PRIMARY KEY,
    institution_code text    NOT NULL,
    coachee          text    NOT NULL,
    questionnaire    text    NOT NULL,
    item             text    NOT NULL,
    score            integer NOT NULL
);
CREATE INDEX track_questionnaire_score_cell ON track_questionnaire_score (institution_code, coachee, questionnaire);

CREATE TABLE track_questionnaire_tally (
    institution_code text    NOT NULL,
    coachee          text    NOT NULL,
    questionnaire    text    NOT NULL,
    respondents      integer NOT NULL,
    PRIMARY KEY (institution_code, coachee, questionnaire)
);
