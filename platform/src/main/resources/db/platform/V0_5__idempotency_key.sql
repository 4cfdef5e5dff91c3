-- Idempotency-Key: a client's retried POST replays the first response instead of doing the work again. One row per
-- client and key: the request's fingerprint, and once done the response (status, a few headers, body). Rows older
-- than platform.idempotency.retention (24 h) are purged; requests carrying sealed answers keep no row at all.
CREATE TABLE idempotency_key (
    client       text        NOT NULL,
    key          text        NOT NULL,
    fingerprint  bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    status       integer,
    headers      jsonb,
    body         bytea,
    PRIMARY KEY (client, key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
