#!/usr/bin/env bash
# Browser benchmark of the topology editor: the packaged portal on loopback, the large design
# (10 Regions × 3 zones × 12 components) opened in headless Chromium BENCH_RUNS times (after one
# warm-up). Prints the median and p95 of the time to first render (performance measure
# `editor:first-render`, from navigation start) and, while a component is dragged across lanes for
# two seconds, of the interval between frames and of the script and layout work per frame.
# Goals: first render under 1 s, dragging under 16 ms a frame. Not a test: `verify` does not run it.
#
#   bench/editor-bench.sh            BENCH_RUNS=10 bench/editor-bench.sh
#
# Needs the local PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and Debian's chromium
# and chromium-driver; creates the database regionlab_editor_bench and drops it again at the end.
set -euo pipefail

cd "$(dirname "$0")/.."

PORT=18081
DB=regionlab_editor_bench
RUNS=${BENCH_RUNS:-5}

. bench/portal.sh
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null

start_portal

read -r load _ </proc/loadavg
echo "bench: $RUNS runs against $BASE (load average $load; anything else running skews the figures)" >&2
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.regionlab.bench.EditorBenchmark "$BASE" "$RUNS"
