CREATE TABLE improvement_plan (
    id                 UUID PRIMARY KEY,
    subject_type       VARCHAR(20) NOT NULL,
    subject_code       VARCHAR(40) NOT NULL,
    programme_code     VARCHAR(40),
    institution_code   VARCHAR(40),
    region_code        VARCHAR(40) NOT NULL,
    cycle              VARCHAR(40) NOT NULL,
    title              VARCHAR(300) NOT NULL,
    source_campaign_id UUID,
    state              VARCHAR(20) NOT NULL,
    next_measurement   VARCHAR(300),
    created_at         TIMESTAMPTZ NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    closed_at          TIMESTAMPTZ
);
-- one plan per subject and source campaign: a redelivered or repeated report never opens a second one
CREATE UNIQUE INDEX improvement_plan_campaign_uq ON improvement_plan (subject_type, subject_code, source_campaign_id)
    WHERE source_campaign_id IS NOT NULL;
CREATE INDEX improvement_plan_institution_idx ON improvement_plan (institution_code);
CREATE INDEX improvement_plan_region_idx ON improvement_plan (region_code);

CREATE TABLE plan_action (
    id              UUID PRIMARY KEY,
    plan_id         UUID NOT NULL REFERENCES improvement_plan (id),
    what            VARCHAR(1000) NOT NULL,
    owner_reference VARCHAR(200),
    due_date        DATE,
    domain_code     VARCHAR(80),
    status          VARCHAR(20) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_action_plan_idx ON plan_action (plan_id);
CREATE INDEX plan_action_due_idx ON plan_action (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE plan_history (
    id         BIGSERIAL PRIMARY KEY,
    plan_id    UUID NOT NULL REFERENCES improvement_plan (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    change     VARCHAR(2000) NOT NULL,
    from_state VARCHAR(20),
    to_state   VARCHAR(20)
);
CREATE INDEX plan_history_plan_idx ON plan_history (plan_id, id);
