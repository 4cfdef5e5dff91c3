-- Intervision questionnaire scores are sealed in the ballot box (db/ballot) in the transaction that marks the member as
-- having answered, and reach questionnaire_score only when at least 4 ballots of a group's phase are opened together.
-- questionnaire_tally counts the answers opened so far: results are computed over these only.
CREATE TABLE questionnaire_tally (
    group_id    uuid    NOT NULL REFERENCES intervision_group (id),
    phase       text    NOT NULL,
    respondents integer NOT NULL,
    PRIMARY KEY (group_id, phase)
);

-- Scores stored before this change went in with the member's submission (same xmin) and in answering order. They count
-- as opened (every submission of their phase), and are copied into a fresh table in random order with new ids, so that
-- neither xmin nor ctid pairs them with a submission any more. (Old row versions leave the WAL and backups only as
-- these rotate out; see README, Privacy.)
INSERT INTO questionnaire_tally (group_id, phase, respondents)
SELECT s.group_id, s.phase, count(*)
FROM questionnaire_submission s
WHERE EXISTS (SELECT 1 FROM questionnaire_score q WHERE q.group_id = s.group_id AND q.phase = s.phase)
GROUP BY s.group_id, s.phase;

ALTER TABLE questionnaire_score RENAME TO questionnaire_score_before_ballots;
ALTER INDEX questionnaire_score_group RENAME TO questionnaire_score_before_ballots_group;
ALTER TABLE questionnaire_score_before_ballots RENAME CONSTRAINT questionnaire_score_pkey TO questionnaire_score_before_ballots_pkey;

CREATE TABLE questionnaire_score (
    id       uuid PRIMARY KEY,
    group_id uuid    NOT NULL REFERENCES intervision_group (id),
    phase    text    NOT NULL,
    measure  text    NOT NULL,
    score    integer NOT NULL
);
CREATE INDEX questionnaire_score_group ON questionnaire_score (group_id, phase);

INSERT INTO questionnaire_score (id, group_id, phase, measure, score)
SELECT gen_random_uuid(), group_id, phase, measure, score FROM questionnaire_score_before_ballots ORDER BY random();
DROP TABLE questionnaire_score_before_ballots;
