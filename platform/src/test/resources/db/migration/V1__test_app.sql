CREATE TABLE test_region (
    code text PRIMARY KEY,
    name text NOT NULL
);

-- what the test handler saw: one row per applied event
CREATE TABLE test_region_seen (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code      text NOT NULL,
    name      text NOT NULL
);
