-- Mails to participants (mail package). The address comes with the registration (optional: without it, no mail).
ALTER TABLE registration ADD COLUMN email text;

-- The mail outbox: a mail is queued in the transaction of what causes it (a seat decided, offered or confirmed, the
-- day before, the event held) and sent after the commit by the mail relay, which claims one row at a time with
-- FOR UPDATE SKIP LOCKED (several instances never send a row twice) and tries again later while SMTP is away. The row
-- names the mail and the registration only: the text is written when it is sent, from the registration as it is then
-- (a personal link is issued at that moment, so no token is ever stored). outcome: sent, switched-off (the
-- institution switched the kind off), obsolete (the registration moved on, e.g. an offer that lapsed), given-up.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    position        bigint GENERATED ALWAYS AS IDENTITY,
    mail            text        NOT NULL CHECK (mail IN ('REGISTERED', 'WAITLISTED', 'SEAT_OFFERED', 'REMINDER', 'CERTIFICATE')),
    registration_id uuid        NOT NULL REFERENCES registration (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz NOT NULL DEFAULT now(),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    last_error      text,
    done_at         timestamptz,
    outcome         text CHECK (outcome IN ('sent', 'switched-off', 'obsolete', 'given-up'))
);
-- The relay looks only at rows still to do, oldest first.
CREATE INDEX mail_outbox_pending ON mail_outbox (position) WHERE done_at IS NULL;
CREATE INDEX mail_outbox_registration ON mail_outbox (registration_id);
-- The reminder and the certificate go out once per registration, whichever instance queues them first.
CREATE UNIQUE INDEX mail_outbox_once ON mail_outbox (registration_id, mail) WHERE mail IN ('REMINDER', 'CERTIFICATE');
