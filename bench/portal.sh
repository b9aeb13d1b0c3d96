# Sourced by the benchmark scripts: starts the packaged portal on 127.0.0.1:$PORT against a
# throwaway database $DB on the local PostgreSQL, and stops it and drops the database on exit,
# even on failure. Needs PORT and DB set; sets BASE, WORK and PORTAL_PID.
export PGHOST=127.0.0.1 PGUSER=postgres PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning"
BASE="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
PORTAL_PID=

cleanup() {
  # Stop only the portal this script started, then drop its database (FORCE ends any
  # connection a portal that would not stop still holds).
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "bench: $*" >&2
  echo "--- the portal's first errors ---" >&2
  grep -m 6 -E 'ERROR|Caused by' "$WORK/portal.log" >&2 2>/dev/null || tail -n 20 "$WORK/portal.log" >&2 2>/dev/null || true
  exit 1
}

start_portal() {
  [ -f "$JAR" ] || ./mvnw -q -DskipTests package
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  psql -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
  # A throwaway cookie key, so the bench neither needs nor writes data/session.key.
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD='' \
  QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64) \
    java -jar "$JAR" >"$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 120); do
    curl -fsS --max-time 2 -o /dev/null "$BASE/q/health/ready" 2>/dev/null && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || fail "the portal exited during start-up"
    sleep 0.5
  done
  curl -fsS --max-time 2 -o /dev/null "$BASE/q/health/ready" || fail "the portal was not ready within 60 s"
}
