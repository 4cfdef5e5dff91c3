# Shared by the bin/ scripts: bring up what the project needs on this machine, from the project's own files.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR="$ROOT/.run"
PG_HOST=127.0.0.1
PG_PORT=5432
DATABASES=(quality survey coaching events)
SERVICES=(survey-service coaching-service quality-framework-service event-service)
declare -A SERVICE_PORT=([survey-service]=8081 [coaching-service]=8082 [quality-framework-service]=8083 [event-service]=8084)
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
# Keycloak: the local stack's identity provider (realm opleidingsklimaat); services verify its tokens as in production.
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/opleidingsklimaat"
KEYCLOAK_IMPORT=("$ROOT/docker/keycloak/opleidingsklimaat-realm.json" "$ROOT/local-stack/src/main/keycloak/opleidingsklimaat-users-0.json")
PLATFORM_AUDIENCE=opleidingsklimaat-api
# The local mailbox (GreenMail): survey-service sends its invitations there over SMTP; its HTTP API shows every inbox.
MAIL_SMTP_PORT=${MAIL_SMTP_PORT:-3025}
MAIL_API_PORT=${MAIL_API_PORT:-8025}
MAIL_API="http://127.0.0.1:$MAIL_API_PORT"
# Each service's database and the PostgreSQL role that owns it (and nothing else).
declare -A SERVICE_DATABASE=([survey-service]=survey [coaching-service]=coaching [quality-framework-service]=quality [event-service]=events)
# The project's version, read from the root pom (its first <version> is the project's own).
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -n 1)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# PostgreSQL on 127.0.0.1:5432: installed from Debian's packages when missing (as root), started when down.
ensure_postgres() {
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed; run as root once, or install the Debian package 'postgresql'" >&2
      return 1
    fi
    log "Installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break
    sleep 0.5
  done
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { echo "PostgreSQL did not come up on $PG_HOST:$PG_PORT" >&2; return 1; }
  ensure_platform_role
}

# The services' login role; CREATEDB lets the test suites make their own fresh databases.
ensure_platform_role() {
  as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform') THEN
    CREATE ROLE platform LOGIN CREATEDB PASSWORD 'platform';
  ELSE
    ALTER ROLE platform LOGIN CREATEDB PASSWORD 'platform';
  END IF;
END
$$;
SQL
}

# One database per service, owned by a role of the same name that may log in to that database only. The roles'
# passwords are made once and kept in .run/db-<database>.password (ignored by git); there is no default. A database an
# earlier version created for the shared role 'platform' is handed over to its own role, tables and all.
ensure_databases() {
  local db password
  mkdir -p "$RUN_DIR"
  for db in "${DATABASES[@]}"; do
    [ -s "$RUN_DIR/db-$db.password" ] || (umask 077 && openssl rand -hex 24 >"$RUN_DIR/db-$db.password")
    password=$(cat "$RUN_DIR/db-$db.password")
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -v role="$db" -v password="$password" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'password';
SQL
    if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
      log "Creating database $db (owner: role $db)"
      as_postgres psql -q -d postgres -c "CREATE DATABASE $db OWNER $db" >/dev/null
    fi
    as_postgres psql -q -v ON_ERROR_STOP=1 -d "$db" -v role="$db" <<'SQL' >/dev/null
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'role') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('ALTER TABLE %I.%I OWNER TO %I', schemaname, tablename, :'role') FROM pg_tables
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tableowner <> :'role' \gexec
SELECT format('ALTER SEQUENCE %I.%I OWNER TO %I', schemaname, sequencename, :'role') FROM pg_sequences
 WHERE sequenceowner <> :'role' AND NOT EXISTS (SELECT FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
   WHERE c.relname = sequencename AND d.deptype IN ('a', 'i')) \gexec
SELECT format('ALTER VIEW %I.%I OWNER TO %I', schemaname, viewname, :'role') FROM pg_views
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND viewowner <> :'role' \gexec
SQL
  done
}

# The broker's accounts: its super user's and each service's SCRAM password, made once in .run/kafka-<name>.password.
ensure_broker_accounts() {
  local name
  mkdir -p "$RUN_DIR"
  for name in admin "${SERVICES[@]}"; do
    [ -s "$RUN_DIR/kafka-$name.password" ] || (umask 077 && openssl rand -hex 24 >"$RUN_DIR/kafka-$name.password")
  done
}

# The broker account a service runs as: its principal (the service's name) and password (see ensure_broker_accounts).
service_broker_env() {
  printf 'PLATFORM_KAFKA_USERNAME=%s\nPLATFORM_KAFKA_PASSWORD=%s\n' "$1" "$(cat "$RUN_DIR/kafka-$1.password")"
}

# The database account a service runs as: its own role and password (see ensure_databases).
service_database_env() {
  local db=${SERVICE_DATABASE[$1]}
  printf 'QUARKUS_DATASOURCE_USERNAME=%s\nQUARKUS_DATASOURCE_PASSWORD=%s\n' "$db" "$(cat "$RUN_DIR/db-$db.password")"
}

keycloak_home() {
  ls -d "$ROOT"/local-stack/target/keycloak/keycloak-* 2>/dev/null | head -n 1
}

# A command-line tool from Debian's packages, installed when missing (as root).
ensure_command() {
  local command=$1 package=${2:-$1}
  command -v "$command" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "$command is missing: install the Debian package '$package'" >&2
    return 1
  fi
  log "Installing $package from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null
}

local_stack_classpath() {
  echo "$ROOT/local-stack/target/local-stack-$VERSION.jar:$ROOT/local-stack/target/lib/*"
}

ensure_local_stack_built() {
  if [ ! -f "$ROOT/local-stack/target/local-stack-$VERSION.jar" ] || [ ! -d "$ROOT/local-stack/target/lib" ] \
    || [ -z "$(keycloak_home)" ] || [ ! -f "$ROOT/local-stack/target/greenmail/greenmail-standalone.jar" ]; then
    log "Building the local-stack module"
    (cd "$ROOT" && mvn -B -q -pl local-stack -am package -DskipTests)
  fi
}

wait_for_port() {
  local port=$1 what=$2 tries=${3:-120}
  for _ in $(seq 1 "$tries"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$what did not open port $port" >&2
  return 1
}

is_running() {
  local pidfile="$RUN_DIR/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# The JVM options every service runs with (one file, also read by the tests' and benchmarks' launcher), plus the
# service's AppCDS archive when the build made one. The archive holds the class path relative to the application's
# directory, so services are started from there: (cd "$ROOT/$svc/target/quarkus-app" && java ... -jar quarkus-run.jar).
service_java_args() {
  local svc=$1
  printf '%s\n' "@$ROOT/bin/service-jvm.options"
  [ -f "$ROOT/$svc/target/quarkus-app/app-cds.jsa" ] && printf '%s\n' "-XX:SharedArchiveFile=app-cds.jsa"
  return 0
}

# Debian's Chromium and ChromeDriver for the page tests (Selenium drives the system browser; nothing is downloaded).
ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    echo "Chromium is not installed; run as root once, or install the Debian packages 'chromium chromium-driver'" >&2
    return 1
  fi
  log "Installing Chromium and ChromeDriver from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
}
