#!/usr/bin/env bash
# Runs once, on the first start of the postgres container (empty data volume), as the superuser from POSTGRES_USER.
# One database per service, owned by a role of the same name that may connect to that database only; and Keycloak's.
# The passwords come from the environment (docker-compose.yml passes them from the host's); there is no default.
set -euo pipefail
for db in quality survey coaching events keycloak; do
  var="$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var is required}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v role="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
