-- Idempotent consumer: ids of integration events already applied; inserted in the same transaction as the effect.
CREATE TABLE inbox_event (
    event_id    uuid PRIMARY KEY,
    event_type  text        NOT NULL,
    source      text,
    subject     text,
    received_at timestamptz NOT NULL DEFAULT now()
);
