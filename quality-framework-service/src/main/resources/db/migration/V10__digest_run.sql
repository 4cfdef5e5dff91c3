-- The weekly digest of overdue actions: one row per institution and ISO week, claimed before the mails go out, so
-- that several instances (or a restart) never send an institution's digest twice in a week.
CREATE TABLE digest_run (
    institution_code text        NOT NULL,
    week             text        NOT NULL,
    claimed_at       timestamptz NOT NULL,
    PRIMARY KEY (institution_code, week)
);
