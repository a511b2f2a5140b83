#!/usr/bin/env bash
# A short subset of the JMH suite (one case per target, 2 forks, short iterations, -prof gc) in under two minutes.
# Writes JMH's JSON results to benchmarks/results/quick.json (or the path given as $1).
# Builds benchmarks/target/benchmarks.jar first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests
fi
out="${1:-benchmarks/results/quick.json}"
exec java -cp "$jar" dev.asgsim.benchmarks.QuickRun "$out"
