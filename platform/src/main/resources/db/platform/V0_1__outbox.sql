-- Transactional outbox: integration events recorded with the state change they announce, published by the relay.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    position     bigint GENERATED ALWAYS AS IDENTITY,
    topic        text        NOT NULL,
    record_key   text        NOT NULL,
    event_type   text        NOT NULL,
    envelope     text        NOT NULL, -- the CloudEvent exactly as published
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

-- The relay only ever looks for unpublished rows, oldest first.
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
