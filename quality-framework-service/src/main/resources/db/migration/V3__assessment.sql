CREATE TABLE assessment (
    id               UUID PRIMARY KEY,
    subject_type     VARCHAR(20) NOT NULL,
    subject_code     VARCHAR(40) NOT NULL,
    year             INT NOT NULL,
    framework_id     UUID NOT NULL REFERENCES framework (id),
    programme_code   VARCHAR(40),
    institution_code VARCHAR(40),
    region_code      VARCHAR(40) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    CONSTRAINT assessment_subject_year_uq UNIQUE (subject_type, subject_code, year, framework_id)
);
CREATE INDEX assessment_institution_idx ON assessment (institution_code);
CREATE INDEX assessment_region_idx ON assessment (region_code);

CREATE TABLE assessment_task (
    id                    UUID PRIMARY KEY,
    assessment_id         UUID NOT NULL REFERENCES assessment (id),
    task_id               UUID NOT NULL REFERENCES framework_item (id),
    actor_code            VARCHAR(80) NOT NULL,
    domain_code           VARCHAR(80) NOT NULL,
    position              INT NOT NULL,
    status                VARCHAR(20) NOT NULL,
    not_applicable_reason TEXT,
    notes                 TEXT,
    updated_at            TIMESTAMPTZ NOT NULL,
    updated_by            VARCHAR(200),
    CONSTRAINT assessment_task_uq UNIQUE (assessment_id, task_id)
);

CREATE TABLE evidence (
    id                 UUID PRIMARY KEY,
    assessment_id      UUID NOT NULL REFERENCES assessment (id),
    actor_code         VARCHAR(80) NOT NULL,
    domain_code        VARCHAR(80) NOT NULL,
    task_id            UUID REFERENCES framework_item (id),
    title              VARCHAR(300) NOT NULL,
    kind               VARCHAR(30) NOT NULL,
    link               VARCHAR(1000),
    document_reference VARCHAR(300),
    added_by           VARCHAR(200) NOT NULL,
    added_at           TIMESTAMPTZ NOT NULL,
    from_event         BOOLEAN NOT NULL DEFAULT FALSE,
    source_event_id    UUID,
    source_event_type  VARCHAR(200),
    source_reference   VARCHAR(200),
    participant_role   VARCHAR(60),
    points             NUMERIC(6, 2)
);
CREATE INDEX evidence_assessment_idx ON evidence (assessment_id);
