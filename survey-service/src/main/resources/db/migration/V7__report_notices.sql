-- Who hears that reports are ready (issue 17). Events carry no personal data (DESIGN.md), so the addresses are kept
-- here, set per institution by its COC, the region's coordinator or a system token of the institution.
CREATE TABLE coc_mailbox (
    institution_code text PRIMARY KEY,
    email            text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL
);

CREATE TABLE director_address (
    programme_code   text PRIMARY KEY,
    institution_code text        NOT NULL,
    email            text        NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL
);

CREATE INDEX director_address_institution ON director_address (institution_code);

-- A mail owed at closing, written in the transaction that produced the reports, so none is lost if SMTP is down
-- and none is sent twice by two instances (a sender locks the row with SKIP LOCKED). It holds no address: the
-- address is looked up when the mail goes out. programme_code is '' for the COC's notice of its institution.
CREATE TABLE report_notice (
    campaign_id      uuid        NOT NULL REFERENCES campaign (id),
    institution_code text        NOT NULL,
    programme_code   text        NOT NULL,
    kind             text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    settled_at       timestamptz,
    outcome          text,
    PRIMARY KEY (campaign_id, institution_code, programme_code)
);

CREATE INDEX report_notice_pending ON report_notice (next_attempt_at) WHERE settled_at IS NULL;
