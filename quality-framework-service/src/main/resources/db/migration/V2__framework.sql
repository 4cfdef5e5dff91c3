CREATE TABLE framework (
    id           UUID PRIMARY KEY,
    code         VARCHAR(80) NOT NULL,
    version      VARCHAR(40) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    source       TEXT NOT NULL,
    introduction TEXT,
    disclaimer   TEXT,
    imported_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT framework_version_uq UNIQUE (code, version)
);

CREATE TABLE framework_domain (
    id           UUID PRIMARY KEY,
    framework_id UUID NOT NULL REFERENCES framework (id),
    code         VARCHAR(80) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INT NOT NULL,
    CONSTRAINT framework_domain_uq UNIQUE (framework_id, code)
);

CREATE TABLE framework_actor (
    id             UUID PRIMARY KEY,
    framework_id   UUID NOT NULL REFERENCES framework (id),
    code           VARCHAR(80) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    role_statement TEXT NOT NULL,
    tasks_heading  VARCHAR(300),
    subject_type   VARCHAR(20),
    position       INT NOT NULL,
    CONSTRAINT framework_actor_uq UNIQUE (framework_id, code)
);

-- One line of a cell: a task, or an example of evidence; details holds sub-items (JSON array of strings).
CREATE TABLE framework_item (
    id           UUID PRIMARY KEY,
    framework_id UUID NOT NULL REFERENCES framework (id),
    actor_code   VARCHAR(80) NOT NULL,
    domain_code  VARCHAR(80) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    position     INT NOT NULL,
    text         TEXT NOT NULL,
    details      JSONB
);
CREATE INDEX framework_item_cell_idx ON framework_item (framework_id, actor_code, domain_code, kind, position);
