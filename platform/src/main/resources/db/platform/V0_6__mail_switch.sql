-- Mail switches (platform.mail): per institution and kind of mail, whether the service sends it. A kind without a row
-- follows its default (the MailKind the service declares). One row per institution and kind, set by an upsert.
CREATE TABLE mail_switch (
    institution_code text        NOT NULL,
    kind             text        NOT NULL,
    enabled          boolean     NOT NULL,
    changed_at       timestamptz NOT NULL,
    changed_by       text        NOT NULL,
    PRIMARY KEY (institution_code, kind)
);
