#!/usr/bin/env bash
# JMH benchmark of the design core on the large design (10 Regions × 3 zones × 12 components):
# reading and validating the document, the review, and each writer. Prints JMH's table; the
# figure to read is the median (p0.50) of each. Not a test: nothing here runs in `verify`.
#
#   bench/design-bench.sh [extra JMH options, e.g. -f 2 -wi 5]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  'io.regionlab.bench.DesignBenchmark' -rf text -rff target/design-bench.txt "$@"
