-- Runs once, on the first start of the postgres container (empty data volume), as the
-- superuser 'platform' created from POSTGRES_USER/POSTGRES_PASSWORD.
-- One PostgreSQL server, one database per service; no service reads another's tables.
CREATE DATABASE quality OWNER platform;
CREATE DATABASE survey OWNER platform;
CREATE DATABASE coaching OWNER platform;
CREATE DATABASE events OWNER platform;
