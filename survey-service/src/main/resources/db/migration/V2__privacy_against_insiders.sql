-- The roster freezes when a campaign opens: an invitation added afterwards (only by the region's education advisor)
-- is marked late, and each report shows how many of its programme's invitations were late.
ALTER TABLE invitation ADD COLUMN late boolean NOT NULL DEFAULT false;
ALTER TABLE programme_report ADD COLUMN late_invitations int NOT NULL DEFAULT 0;

-- Open answers reach the programme side only after the COC of the programme's institution reviewed them. Who
-- reviewed and when is in the audit log, not here.
CREATE TABLE open_answer_review (
    campaign_id    uuid NOT NULL REFERENCES campaign (id),
    programme_code text NOT NULL,
    PRIMARY KEY (campaign_id, programme_code)
);

-- What the programme side reads instead of an open answer the COC redacted. answer_id is the answer's opaque id in
-- the API (derived from the answer's row; it names neither the response nor the respondent).
CREATE TABLE open_answer_redaction (
    campaign_id    uuid NOT NULL,
    programme_code text NOT NULL,
    answer_id      uuid NOT NULL,
    replacement    text NOT NULL,
    PRIMARY KEY (campaign_id, programme_code, answer_id),
    FOREIGN KEY (campaign_id, programme_code) REFERENCES open_answer_review (campaign_id, programme_code)
);
