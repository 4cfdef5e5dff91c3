-- Training events (verdiepingsdag, symposium, workshop, round table, training) with their programme.
CREATE TABLE training_event (
    id                           uuid PRIMARY KEY,
    kind                         text        NOT NULL,
    status                       text        NOT NULL,
    title                        text        NOT NULL,
    theme                        text,
    goals                        text,
    intended_results             text,
    organiser_institution_code   text,
    organiser_region_code        text        NOT NULL,
    target_roles                 jsonb       NOT NULL,
    event_date                   date        NOT NULL,
    start_time                   time        NOT NULL,
    end_time                     time        NOT NULL,
    mode                         text        NOT NULL,
    location                     text,
    online_link                  text,
    capacity                     integer     NOT NULL CHECK (capacity > 0),
    registration_deadline        timestamptz,
    speakers                     jsonb       NOT NULL,
    study_material               jsonb       NOT NULL,
    cost_euros                   numeric(10, 2),
    competences                  jsonb       NOT NULL,
    competence_profile_items     jsonb       NOT NULL,
    programme                    jsonb       NOT NULL,
    take_home_messages           jsonb       NOT NULL,
    created_by                   text        NOT NULL,
    created_at                   timestamptz NOT NULL DEFAULT now(),
    CHECK (organiser_institution_code IS NOT NULL OR organiser_region_code IS NOT NULL)
);
CREATE INDEX training_event_date ON training_event (event_date);

-- Registrations and the waiting list. Seats are held by status registered and offered (a promoted waiter who has
-- not confirmed yet); the register transaction locks the event row, so a burst never overbooks.
CREATE TABLE registration (
    id                    uuid PRIMARY KEY,
    event_id              uuid        NOT NULL REFERENCES training_event (id),
    person_reference      text        NOT NULL,
    name                  text        NOT NULL,
    role                  text        NOT NULL,
    institution_code      text        NOT NULL,
    programme_code        text,
    big_number            text,
    accreditation_wanted  boolean     NOT NULL,
    status                text        NOT NULL,
    waiting_since         timestamptz,
    offer_expires_at      timestamptz,
    checked_in_at         time,
    checked_out_at        time,
    points                numeric(4, 1),
    registered_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX registration_one_active_per_person ON registration (event_id, person_reference)
    WHERE status NOT IN ('cancelled', 'expired');
CREATE INDEX registration_event_status ON registration (event_id, status);
CREATE INDEX registration_person ON registration (person_reference);

-- Workshop rounds: parallel workshops, ranked choices and the allocation.
CREATE TABLE workshop_round (
    id         uuid PRIMARY KEY,
    event_id   uuid    NOT NULL REFERENCES training_event (id),
    position   integer NOT NULL,
    title      text    NOT NULL,
    workshops  jsonb   NOT NULL,
    UNIQUE (event_id, position)
);

CREATE TABLE workshop_choice (
    registration_id uuid  NOT NULL REFERENCES registration (id),
    round_id        uuid  NOT NULL REFERENCES workshop_round (id),
    ranked_codes    jsonb NOT NULL,
    PRIMARY KEY (registration_id, round_id)
);

CREATE TABLE workshop_allocation (
    registration_id uuid    NOT NULL REFERENCES registration (id),
    round_id        uuid    NOT NULL REFERENCES workshop_round (id),
    workshop_code   text    NOT NULL,
    choice_rank     integer,
    PRIMARY KEY (registration_id, round_id)
);

-- Live polls. Who answered and what was answered are kept apart: no link, no timestamp, no sequence.
CREATE TABLE poll (
    id          uuid PRIMARY KEY,
    event_id    uuid    NOT NULL REFERENCES training_event (id),
    question    text    NOT NULL,
    type        text    NOT NULL,
    options     jsonb   NOT NULL,
    scale_min   integer,
    scale_max   integer,
    status      text    NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE poll_participation (
    poll_id          uuid NOT NULL REFERENCES poll (id),
    person_reference text NOT NULL,
    PRIMARY KEY (poll_id, person_reference)
);

CREATE TABLE poll_answer (
    id       uuid PRIMARY KEY,
    poll_id  uuid NOT NULL REFERENCES poll (id),
    answer   text NOT NULL
);
CREATE INDEX poll_answer_poll ON poll_answer (poll_id);

-- Evaluation questionnaire answered by attendees; answers kept apart from who answered.
CREATE TABLE evaluation_participation (
    event_id         uuid NOT NULL REFERENCES training_event (id),
    person_reference text NOT NULL,
    PRIMARY KEY (event_id, person_reference)
);

CREATE TABLE evaluation_answer (
    id          uuid PRIMARY KEY,
    event_id    uuid    NOT NULL REFERENCES training_event (id),
    overall     integer NOT NULL,
    relevance   integer NOT NULL,
    take_home   text
);
CREATE INDEX evaluation_answer_event ON evaluation_answer (event_id);
