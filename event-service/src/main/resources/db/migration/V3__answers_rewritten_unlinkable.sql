-- Evaluation and poll answers stored before the sealed ballot box were inserted in the same transaction as their
-- participation marker (same xmin) and in the order of answering (ctid). They are rewritten here, all in this one
-- transaction and in random order, so neither system column pairs them with a participant any more. Answers stored
-- after this are opened from the ballot box in groups (EvaluationService, PollService). V4 vacuums away the old row
-- versions; WAL and backups from before this migration still hold the link and must be expired (see the README).
CREATE TEMPORARY TABLE evaluation_answer_before ON COMMIT DROP AS SELECT * FROM evaluation_answer;
DELETE FROM evaluation_answer;
INSERT INTO evaluation_answer (id, event_id, overall, relevance, take_home)
SELECT gen_random_uuid(), event_id, overall, relevance, take_home FROM evaluation_answer_before ORDER BY random();

CREATE TEMPORARY TABLE poll_answer_before ON COMMIT DROP AS SELECT * FROM poll_answer;
DELETE FROM poll_answer;
INSERT INTO poll_answer (id, poll_id, answer)
SELECT gen_random_uuid(), poll_id, answer FROM poll_answer_before ORDER BY random();
