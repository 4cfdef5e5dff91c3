-- The questionnaire page's submission id (its SHA-256) that used the invitation, so that the same form posted twice
-- (a double click) is answered with the thank-you page instead of "this link does not work". Cleared at closing with
-- the invitation's other traces.
ALTER TABLE invitation ADD COLUMN submission_hash text;
