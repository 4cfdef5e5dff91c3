-- Local copy of the organisation registry, kept up to date from quality.v1 (InstitutionRegistered,
-- ProgrammeRegistered, ProgrammeUpdated). Only services that set platform.organisation-replica.enabled=true and
-- add db/replica to quarkus.flyway.locations have these tables.
CREATE TABLE institution_replica (
    code        text PRIMARY KEY,
    name        text        NOT NULL,
    region_code text        NOT NULL,
    active      boolean     NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE programme_replica (
    code               text PRIMARY KEY,
    name               text        NOT NULL,
    specialty_code     text        NOT NULL,
    institution_code   text        NOT NULL,
    region_code        text        NOT NULL,
    cluster_code       text,
    director_reference text,
    active             boolean     NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX programme_replica_institution ON programme_replica (institution_code);
CREATE INDEX programme_replica_region ON programme_replica (region_code);
