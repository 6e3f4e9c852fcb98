#!/usr/bin/env bash
# The monthly incremental analysis next to a full one, through the command users run (issue 13 part 3).
#
#   analytics/job/src/test/scripts/incremental.sh SCALE WORK
#
# Generates the simulated park (seed 42, 36 months to 2026-10) under WORK/park unless it is there, holds its last month
# back in WORK/next together with a branch's corrected resend of 2026-08 (signed off later, one 业务骨干 否 → 是), then:
#   1. ingests the first 35 months and analyses them (every month: the first analysis);
#   2. ingests the next month and the resend (the monthly cycle) and analyses incrementally;
#   3. analyses a copy of the same warehouse with bastion.analysis.incremental=false (every month);
# and compares the marts of 2 and 3 row for row (MartsEqual: EXCEPT ALL both ways, doubles exact), and times the SQL
# oracle on the same warehouse (OracleTiming). DRIVER_MEMORY (e.g. 8g: scale 100) sets bastion.analysis.driver-memory.
# Needs `./mvnw -DskipTests install` first (bastion.jar, the job jar, spark-home, the job's test classes).
set -euo pipefail

scale=${1:?scale}
work=$(mkdir -p "${2:?work folder}" && cd "$2" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
jar=$root/dashboard/target/bastion.jar
spark=(-Dbastion.analysis.spark-home="$root/analytics/job/target/spark-home" -Dbastion.analysis.job-jar="$root/analytics/job/target/bastion-analytics-job.jar")

bastion()
{
    local warehouse=$1
    shift
    "$java" "${spark[@]}" -jar "$jar" "$@" --bastion.warehouse="$warehouse" --bastion.archive="$work/archive" --bastion.inbox="$work/inbox" \
        --bastion.analysis.lake="$work/lake" --bastion.analysis.after-ingest=false ${DRIVER_MEMORY:+--bastion.analysis.driver-memory=$DRIVER_MEMORY}
}

timed()
{
    local label=$1
    shift
    local start end
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    printf '%s: %.1f s (load average %s)\n' "$label" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/times.txt"
}

if [[ ! -d "$work/park" ]]; then
    "$java" -jar "$jar" generate --scale "$scale" --seed 42 --out "$work/park"
    (cd "$work/park" && find . -type f -name '*2026-10*' -print0 | while IFS= read -r -d '' file; do
        mkdir -p "$work/next/$(dirname "$file")"
        mv "$file" "$work/next/$file"
    done)
fi
if [[ ! -d "$work/next/resent" ]]; then
    submissions=("$work/park/branches/2026-08/"*.json)
    resent=${submissions[0]}
    mkdir -p "$work/next/resent"
    python3 - "$resent" "$work/next/resent/$(basename "$resent")" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
signed = re.search(r'"报送日期"\s*:\s*"(\d{4}-\d{2}-\d{2})"', text)
corrected = text.replace(signed.group(0), '"报送日期" : "2026-09-20"', 1)
corrected = re.sub(r'"业务骨干"\s*:\s*"否"', '"业务骨干" : "是"', corrected, count=1)
assert corrected != text
open(sys.argv[2], 'w', encoding='utf-8').write(corrected)
PY
fi

rm -f "$work/times.txt" "$work"/*.duckdb "$work"/*.duckdb.wal
rm -rf "$work/archive" "$work/lake" "$work/inbox"
# On a file system mounted with discard, a run right after a large deletion pays for the trim (BENCHMARKS.md).
sync
timed "ingest 35 months" bastion "$work/warehouse.duckdb" ingest "$work/park" > "$work/ingest-35.log"
timed "analyse 35 months (every month)" bastion "$work/warehouse.duckdb" analyze > "$work/analyse-35.log"
timed "ingest the next month and the resend" bastion "$work/warehouse.duckdb" ingest "$work/next" > "$work/ingest-next.log"
cp "$work/warehouse.duckdb" "$work/full.duckdb"
timed "analyse incrementally" bastion "$work/warehouse.duckdb" analyze > "$work/analyse-incremental.log"
timed "analyse every month (the copy)" bastion "$work/full.duckdb" analyze --bastion.analysis.incremental=false > "$work/analyse-full.log"
grep -h "分析批次\|export\|重算\|recomputed" "$work/analyse-incremental.log" "$work/analyse-full.log" | tee -a "$work/times.txt"

classpath=$(cd "$root" && ./mvnw -q -o -B -pl analytics/job dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
classpath=$root/analytics/job/target/test-classes:$root/analytics/job/target/classes:$classpath
"$java" -cp "$classpath" io.bastion.analytics.benchmark.MartsEqual "$work/full.duckdb" "$work/warehouse.duckdb" | tee -a "$work/times.txt"
timed "the SQL oracle on the same warehouse" "$java" -cp "$classpath" io.bastion.analytics.benchmark.OracleTiming "$work/full.duckdb" | tee -a "$work/times.txt"
