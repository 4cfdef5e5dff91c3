-- Residents a programme is known to have (for coverage: residents offered / residents known).
CREATE TABLE known_resident (
    id                 uuid PRIMARY KEY,
    programme_code     text        NOT NULL,
    institution_code   text        NOT NULL,
    resident_reference text        NOT NULL,
    registered_at      timestamptz NOT NULL,
    UNIQUE (programme_code, resident_reference)
);

CREATE TABLE development_offer (
    id                 uuid PRIMARY KEY,
    resident_reference text        NOT NULL,
    programme_code     text        NOT NULL,
    institution_code   text        NOT NULL,
    offer_type_code    text        NOT NULL,
    offered_on         date        NOT NULL,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX development_offer_programme ON development_offer (programme_code);
CREATE INDEX development_offer_institution ON development_offer (institution_code);

CREATE TABLE coach (
    id                       uuid PRIMARY KEY,
    reference                text          NOT NULL UNIQUE,
    name                     text          NOT NULL,
    profile                  text,
    expertise                text[]        NOT NULL,
    experience_with_residents boolean      NOT NULL,
    medical_background       boolean       NOT NULL,
    institutions             text[]        NOT NULL,
    capacity                 integer       NOT NULL,
    available                boolean       NOT NULL,
    session_fee              numeric(10, 2) NOT NULL,
    created_at               timestamptz   NOT NULL
);

CREATE TABLE coaching_track (
    id                           uuid PRIMARY KEY,
    resident_reference           text        NOT NULL,
    programme_code               text        NOT NULL,
    institution_code             text        NOT NULL,
    offer_type_code              text        NOT NULL,
    reason                       text        NOT NULL,
    topics                       text[]      NOT NULL,
    medical_background_preferred boolean     NOT NULL,
    shared_with_director         boolean     NOT NULL,
    state                        text        NOT NULL,
    coach_id                     uuid REFERENCES coach (id),
    max_sessions                 integer     NOT NULL,
    session_fee                  numeric(10, 2),
    requested_at                 timestamptz NOT NULL,
    matched_at                   timestamptz,
    started_at                   timestamptz,
    ended_at                     timestamptz
);
CREATE INDEX coaching_track_coach ON coaching_track (coach_id, state);
CREATE INDEX coaching_track_programme ON coaching_track (programme_code);
CREATE INDEX coaching_track_institution ON coaching_track (institution_code);
CREATE INDEX coaching_track_resident ON coaching_track (resident_reference);

CREATE TABLE coaching_session (
    id        uuid PRIMARY KEY,
    track_id  uuid        NOT NULL REFERENCES coaching_track (id),
    coach_id  uuid        NOT NULL REFERENCES coach (id),
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    state     text        NOT NULL,
    notes     text
);
CREATE INDEX coaching_session_track ON coaching_session (track_id);
CREATE INDEX coaching_session_coach ON coaching_session (coach_id, starts_at);

CREATE TABLE intervision_group (
    id               uuid PRIMARY KEY,
    institution_code text        NOT NULL,
    name             text        NOT NULL,
    coach_id         uuid        NOT NULL REFERENCES coach (id),
    participant_kind text        NOT NULL,
    max_size         integer     NOT NULL,
    state            text        NOT NULL,
    created_at       timestamptz NOT NULL,
    formed_at        timestamptz,
    closed_at        timestamptz
);
CREATE INDEX intervision_group_institution ON intervision_group (institution_code);

CREATE TABLE intervision_member (
    id                 uuid PRIMARY KEY,
    group_id           uuid        NOT NULL REFERENCES intervision_group (id),
    resident_reference text        NOT NULL,
    programme_code     text        NOT NULL,
    active             boolean     NOT NULL,
    joined_at          timestamptz NOT NULL,
    UNIQUE (group_id, resident_reference)
);
-- a resident is in at most one active group
CREATE UNIQUE INDEX intervision_member_one_active_group ON intervision_member (resident_reference) WHERE active;

CREATE TABLE intervision_meeting (
    id         uuid PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES intervision_group (id),
    starts_at  timestamptz NOT NULL,
    topic      text
);
CREATE INDEX intervision_meeting_group ON intervision_meeting (group_id, starts_at);

CREATE TABLE intervision_attendance (
    id                 uuid PRIMARY KEY,
    meeting_id         uuid    NOT NULL REFERENCES intervision_meeting (id),
    resident_reference text    NOT NULL,
    present            boolean NOT NULL,
    UNIQUE (meeting_id, resident_reference)
);

-- Who answered a phase's questionnaire (to allow one answer each) is kept apart from the scores: no shared id,
-- no timestamp, so a score cannot be traced back to a member.
CREATE TABLE questionnaire_submission (
    id                 uuid PRIMARY KEY,
    group_id           uuid NOT NULL REFERENCES intervision_group (id),
    phase              text NOT NULL,
    resident_reference text NOT NULL,
    UNIQUE (group_id, phase, resident_reference)
);

CREATE TABLE questionnaire_score (
    id       uuid PRIMARY KEY,
    group_id uuid    NOT NULL REFERENCES intervision_group (id),
    phase    text    NOT NULL,
    measure  text    NOT NULL,
    score    integer NOT NULL
);
CREATE INDEX questionnaire_score_group ON questionnaire_score (group_id, phase);

CREATE TABLE proactive_listing (
    id               uuid PRIMARY KEY,
    programme_code   text        NOT NULL,
    institution_code text        NOT NULL,
    region_code      text,
    campaign_id      uuid        NOT NULL,
    reasons          text[]      NOT NULL,
    flagged_at       timestamptz NOT NULL,
    approached_at    timestamptz,
    UNIQUE (programme_code, campaign_id)
);
CREATE INDEX proactive_listing_institution ON proactive_listing (institution_code);
