-- Participants join a poll on their phone by a short code (typed, or through the QR code on the room's screen).
-- Codes are 6 characters without look-alikes (no 0/O, 1/I/L) and unique among all polls, so a results page found by
-- its code never shows another poll's results later. Polls from before get a code of the same kind.
ALTER TABLE poll ADD COLUMN join_code text;
DO $$
DECLARE
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    p record;
    candidate text;
BEGIN
    FOR p IN SELECT id FROM poll WHERE join_code IS NULL LOOP
        LOOP
            candidate := '';
            FOR i IN 1..6 LOOP
                candidate := candidate || substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
            END LOOP;
            EXIT WHEN NOT EXISTS (SELECT 1 FROM poll WHERE join_code = candidate);
        END LOOP;
        UPDATE poll SET join_code = candidate WHERE id = p.id;
    END LOOP;
END $$;
ALTER TABLE poll ALTER COLUMN join_code SET NOT NULL;
CREATE UNIQUE INDEX poll_join_code ON poll (join_code);

-- A participant's own pages (registration, evaluation, certificate) are reached by a personal link; only the SHA-256
-- of its token is kept, as with the questionnaire's links. A registration has none until one is issued, and issuing
-- another replaces it.
ALTER TABLE registration ADD COLUMN page_token_hash text;
CREATE UNIQUE INDEX registration_page_token ON registration (page_token_hash);
