-- What survey-service told us about each programme's report per campaign (aggregates only).
CREATE TABLE report_outcome (
    programme_code   VARCHAR(40) NOT NULL,
    campaign_id      UUID NOT NULL,
    status           VARCHAR(20) NOT NULL,
    instrument_code  VARCHAR(80),
    institution_code VARCHAR(40),
    region_code      VARCHAR(40),
    invited          INT NOT NULL,
    respondents      INT NOT NULL,
    response_rate    NUMERIC(6, 4),
    threshold        INT,
    domain_scores    JSONB,
    received_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (programme_code, campaign_id)
);
CREATE INDEX report_outcome_institution_idx ON report_outcome (institution_code);

-- Coaching tracks by id and state only: no person is ever named.
CREATE TABLE coaching_track (
    track_id         UUID PRIMARY KEY,
    programme_code   VARCHAR(40),
    institution_code VARCHAR(40),
    offer_type       VARCHAR(80),
    status           VARCHAR(20) NOT NULL,
    sessions_held    INT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX coaching_track_programme_idx ON coaching_track (programme_code);
