-- Instruments: versioned item banks. A stored version is published and never changes; a new version is a new row.
CREATE TABLE instrument (
    id                 uuid PRIMARY KEY,
    code               text          NOT NULL,
    version            text          NOT NULL,
    name               text          NOT NULL,
    kind               text          NOT NULL,
    description        text,
    strength_at_least  numeric(3, 2) NOT NULL,
    attention_below    numeric(3, 2) NOT NULL,
    region_gap         numeric(3, 2) NOT NULL,
    help_text          text,
    published_at       timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);

CREATE TABLE instrument_domain (
    instrument_id uuid NOT NULL REFERENCES instrument (id),
    code          text NOT NULL,
    name          text NOT NULL,
    position      int  NOT NULL,
    PRIMARY KEY (instrument_id, code)
);

CREATE TABLE instrument_item (
    id                      uuid PRIMARY KEY,
    instrument_id           uuid    NOT NULL REFERENCES instrument (id),
    code                    text    NOT NULL,
    domain_code             text    NOT NULL,
    position                int     NOT NULL,
    text                    text    NOT NULL,
    scale                   text    NOT NULL,
    scale_min               int,
    scale_max               int,
    not_applicable_allowed  boolean NOT NULL,
    higher_is_better        boolean NOT NULL,
    required                boolean NOT NULL,
    max_length              int,
    UNIQUE (instrument_id, code),
    FOREIGN KEY (instrument_id, domain_code) REFERENCES instrument_domain (instrument_id, code)
);

-- Wellbeing signal rules: "share of respondents with item >= at_or_above is at least min_share".
CREATE TABLE instrument_signal_rule (
    instrument_id uuid          NOT NULL REFERENCES instrument (id),
    indicator     text          NOT NULL,
    item_code     text          NOT NULL,
    at_or_above   int           NOT NULL,
    min_share     numeric(4, 3) NOT NULL,
    advice        text          NOT NULL,
    PRIMARY KEY (instrument_id, indicator)
);

CREATE TABLE campaign (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    instrument_id uuid        NOT NULL REFERENCES instrument (id),
    region_code   text        NOT NULL,
    opens_on      date        NOT NULL,
    closes_on     date        NOT NULL,
    threshold     int         NOT NULL CHECK (threshold >= 4),
    state         text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX campaign_region ON campaign (region_code);

CREATE TABLE campaign_reminder (
    campaign_id uuid    NOT NULL REFERENCES campaign (id),
    send_on     date    NOT NULL,
    sent        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (campaign_id, send_on)
);

-- The invitation list, kept apart from the answers: no date of use, no link to a response.
-- The e-mail address is erased when the campaign closes.
CREATE TABLE invitation (
    id               uuid PRIMARY KEY,
    campaign_id      uuid    NOT NULL REFERENCES campaign (id),
    programme_code   text    NOT NULL,
    institution_code text    NOT NULL,
    email            text,
    reference        text,
    used             boolean NOT NULL DEFAULT false,
    UNIQUE (campaign_id, email)
);
CREATE INDEX invitation_campaign_programme ON invitation (campaign_id, programme_code);

-- Only the SHA-256 of each personal link's token; a reminder adds a fresh link for the same invitation.
CREATE TABLE invitation_token (
    token_hash    text PRIMARY KEY,
    invitation_id uuid NOT NULL REFERENCES invitation (id)
);

-- Anonymous by construction: campaign, programme and answers only. The id is random (not sequential) and there
-- is no timestamp, no invitation id and no token.
CREATE TABLE response (
    id             uuid PRIMARY KEY,
    campaign_id    uuid NOT NULL REFERENCES campaign (id),
    programme_code text NOT NULL
);
CREATE INDEX response_campaign_programme ON response (campaign_id, programme_code);

CREATE TABLE response_answer (
    response_id    uuid    NOT NULL REFERENCES response (id),
    item_id        uuid    NOT NULL REFERENCES instrument_item (id),
    numeric_value  int,
    not_applicable boolean NOT NULL DEFAULT false,
    text_value     text,
    PRIMARY KEY (response_id, item_id)
);
CREATE INDEX response_answer_item ON response_answer (item_id);

-- The outcome per programme at closing: released (respondents >= threshold) or withheld.
CREATE TABLE programme_report (
    campaign_id      uuid    NOT NULL REFERENCES campaign (id),
    programme_code   text    NOT NULL,
    institution_code text    NOT NULL,
    invited          int     NOT NULL,
    respondents      int     NOT NULL,
    released         boolean NOT NULL,
    PRIMARY KEY (campaign_id, programme_code)
);
CREATE INDEX programme_report_institution ON programme_report (campaign_id, institution_code);
