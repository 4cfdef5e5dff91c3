-- Who read or changed what: every read of a report or of personal data by someone other than its owner.
CREATE TABLE audit_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    actor          text        NOT NULL,
    actor_roles    text        NOT NULL,
    action         text        NOT NULL,
    resource_type  text        NOT NULL,
    resource_id    text        NOT NULL,
    correlation_id text
);

CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
