#!/usr/bin/env bash
# The before/after proof of BENCHMARKS.md: ingest the same simulated park (seed 42) with two builds of
# bastion.jar through the command users run, time both, and compare the two warehouses table by table
# (io.bastion.ingest.benchmark.SameWarehouse: EXCEPT ALL both ways, ids included, the clock left out).
# Exit status 1 when the warehouses differ.
#
#   ingest/src/test/scripts/same-outcome.sh BEFORE.jar AFTER.jar WORK_DIR [SCALE]
#
# Run from the repository root; the comparison is built and run by Maven (a reactor build, nothing
# installed). WORK_DIR keeps the park and both warehouses.
set -euo pipefail

before_jar=$(readlink -f "$1")
after_jar=$(readlink -f "$2")
work=$(mkdir -p "$3" && readlink -f "$3")
scale=${4:-1}
java="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
park="$work/park-$scale"

if [[ ! -f "$park/manifest.json" ]]; then
    rm -rf "$park"
    "$java" -jar "$before_jar" generate --scale "$scale" --seed 42 --out "$park"
fi

ingest() {
    local name=$1 jar=$2
    rm -rf "$work/$name"
    # On a file system mounted with discard, a run right after a large deletion pays for the trim (BENCHMARKS.md).
    sync
    mkdir -p "$work/$name"
    local start end
    start=$(date +%s.%N)
    (cd "$work/$name" && "$java" -jar "$jar" ingest "$park" --bastion.warehouse="$work/$name/warehouse.duckdb" \
        --bastion.archive="$work/$name/archive" --bastion.inbox="$work/$name/inbox" --bastion.analysis.after-ingest=false > ingest.log 2>&1)
    end=$(date +%s.%N)
    echo "$name: $(grep -a '耗时' "$work/$name/ingest.log" | sed 's/^ *//') · process $(echo "$end - $start" | bc) s"
}

ingest before "$before_jar"
ingest after "$after_jar"
./mvnw -q -B -pl ingest -am -DskipTests -Psame-warehouse verify -Dexpected="$work/before/warehouse.duckdb" -Dactual="$work/after/warehouse.duckdb"
