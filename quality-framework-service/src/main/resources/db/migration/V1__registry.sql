CREATE TABLE region (
    code        VARCHAR(40) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE institution (
    code        VARCHAR(40) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region_code VARCHAR(40) NOT NULL REFERENCES region (code),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX institution_region_idx ON institution (region_code);

CREATE TABLE specialty (
    code        VARCHAR(40) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cluster (
    code           VARCHAR(40) PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    region_code    VARCHAR(40) NOT NULL REFERENCES region (code),
    specialty_code VARCHAR(40) NOT NULL REFERENCES specialty (code),
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cluster_region_idx ON cluster (region_code);

CREATE TABLE programme (
    code               VARCHAR(40) PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    specialty_code     VARCHAR(40) NOT NULL REFERENCES specialty (code),
    institution_code   VARCHAR(40) NOT NULL REFERENCES institution (code),
    region_code        VARCHAR(40) NOT NULL REFERENCES region (code),
    cluster_code       VARCHAR(40) REFERENCES cluster (code),
    director_reference VARCHAR(200),
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX programme_institution_idx ON programme (institution_code);
CREATE INDEX programme_region_idx ON programme (region_code);
