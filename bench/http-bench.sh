#!/usr/bin/env bash
# HTTP benchmark of the packaged portal on loopback: a static file, a question page and an
# answer submission, each measured with wrk for a bounded time. Prints req/s, p50 and p99 and
# each one's ratio to the static file (absolute numbers are noisy on a shared 2-core machine;
# the ratios from one run are what to compare). Not a test: nothing here runs in `verify`.
#
#   bench/http-bench.sh            BENCH_DURATION=30s BENCH_CONNECTIONS=32 bench/http-bench.sh
#
# Needs the local PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres); creates the
# database regionlab_bench and drops it again at the end, even on failure.
set -euo pipefail

cd "$(dirname "$0")/.."

PORT=18080
DB=regionlab_bench
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}

# wrk and jq come from Debian; a fresh machine may lack wrk.
for tool in wrk jq; do
  if ! command -v "$tool" >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >/dev/null; }
  fi
done
. bench/portal.sh
start_portal

# Sign up and sign in as a learner, the way the browser does.
COOKIES="$WORK/cookies"
api() { curl -sS --max-time 10 -b "$COOKIES" -c "$COOKIES" "$@"; }
CSRF=$(api "$BASE/api/account/csrf" | jq -r .token)
if [ -z "$CSRF" ] || [ "$CSRF" = null ]; then fail "no CSRF token from /api/account/csrf"; fi
USERNAME="bench$RANDOM"
PASSWORD="bench-password-$RANDOM$RANDOM"
status=$(api -o "$WORK/signup.json" -w '%{http_code}' -X POST "$BASE/api/account" \
  -H 'Content-Type: application/json' -H "X-CSRF-TOKEN: $CSRF" \
  --data "$(jq -n --arg u "$USERNAME" --arg p "$PASSWORD" '{username: $u, password: $p}')")
[ "$status" = 201 ] || fail "sign-up answered $status: $(cat "$WORK/signup.json")"
api -o /dev/null --data-urlencode "j_username=$USERNAME" --data-urlencode "j_password=$PASSWORD" \
  "$BASE/j_security_check"
SESSION=$(awk '$6 == "regionlab-session" {print $7}' "$COOKIES")
[ -n "$SESSION" ] || fail "sign-in set no regionlab-session cookie"
COOKIE="csrf-token=$CSRF; regionlab-session=$SESSION"

status=$(api -o "$WORK/attempt.json" -w '%{http_code}' -X POST "$BASE/api/attempts" \
  -H 'Content-Type: application/json' -H "X-CSRF-TOKEN: $CSRF" --data '{"mode":"practice","count":5}')
ATTEMPT=$(jq -r '.id // empty' "$WORK/attempt.json" 2>/dev/null || true)
if [ "${status:0:1}" != 2 ] || [ -z "$ATTEMPT" ]; then
  echo "bench: POST /api/attempts answered $status: $(head -c 300 "$WORK/attempt.json"); measuring the static file only" >&2
  ATTEMPT=
fi

# Answer submission: the same answer every time, which the portal treats as idempotent. The
# answer is the first option, or the first N for a "choose N" question, which refuses fewer.
ANSWER='{"chosen":["A"]}'
if [ -n "$ATTEMPT" ]; then
  ANSWER=$(api "$BASE/api/attempts/$ATTEMPT/items/1" \
    | jq -c '{chosen: [.question.options[:(.question.choose // 1)][].key]}' 2>/dev/null || echo "$ANSWER")
fi
cat >"$WORK/answer.lua" <<'LUA'
wrk.method = "PUT"
wrk.body = os.getenv("BENCH_ANSWER")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["X-CSRF-TOKEN"] = os.getenv("BENCH_CSRF")
LUA
export BENCH_COOKIE="$COOKIE" BENCH_CSRF="$CSRF" BENCH_ANSWER="$ANSWER"

# One request first, so a wrong status fails here instead of being measured.
check() { # check URL [curl args...]
  local url=$1 code
  shift
  code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$@" "$url")
  [ "${code:0:1}" = 2 ] || fail "$url answered $code"
}

# run NAME URL [wrk args...]: warm the JIT up, then measure; keeps wrk's report in $WORK/NAME.
run() {
  local name=$1 url=$2
  shift 2
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency "$@" "$url" >"$WORK/$name.txt"
  if grep -q 'Non-2xx or 3xx' "$WORK/$name.txt"; then
    fail "$name: $(grep 'Non-2xx or 3xx' "$WORK/$name.txt")"
  fi
}

echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after ${WARMUP} warm-up) against $BASE" >&2
# wrk and the portal share the cores: anything else running skews every figure.
read -r load _ </proc/loadavg
echo "bench: load average $load on $(nproc) cores before measuring" >&2
check "$BASE/css/app.css"
run static "$BASE/css/app.css"
if [ -n "$ATTEMPT" ]; then
  check "$BASE/attempts/$ATTEMPT/1" -H "Cookie: $COOKIE"
  run page "$BASE/attempts/$ATTEMPT/1" -H "Cookie: $COOKIE"
  check "$BASE/api/attempts/$ATTEMPT/items/1/answer" -X PUT -H 'Content-Type: application/json' \
    -H "Cookie: $COOKIE" -H "X-CSRF-TOKEN: $CSRF" --data "$ANSWER"
  run answer "$BASE/api/attempts/$ATTEMPT/items/1/answer" -s "$WORK/answer.lua"
fi

# wrk prints latencies as 812.00us, 1.23ms or 1.05s; the table uses milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'; }
rps() { awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.txt"; }
pct() { ms "$(awk -v p="$2%" '$1 == p {print $2}' "$WORK/$1.txt")"; }

S_RPS=$(rps static) S_P99=$(pct static 99)
printf '\n%-40s %9s %9s %9s %16s %14s\n' target req/s 'p50 ms' 'p99 ms' 'req/s vs static' 'p99 vs static'
row() { # row NAME LABEL
  local r p50 p99
  r=$(rps "$1") p50=$(pct "$1" 50) p99=$(pct "$1" 99)
  awk -v l="$2" -v r="$r" -v a="$p50" -v b="$p99" -v sr="$S_RPS" -v sb="$S_P99" \
    'BEGIN { printf "%-40s %9.0f %9.2f %9.2f %15.3fx %13.1fx\n", l, r, a, b, r / sr, (sb > 0 ? b / sb : 0) }'
}
row static "GET /css/app.css"
if [ -n "$ATTEMPT" ]; then
  row page "GET /attempts/{id}/1 (HTML)"
  row answer "PUT /api/attempts/{id}/items/1/answer"
else
  echo "(question page and answer: skipped, no attempt could be started)"
  exit 1
fi
