#!/usr/bin/env bash
# Two builds of the Spark job side by side on one lake (issue 13): the command line SparkJobProcess builds (the parallel collector, -Xmx2g,
# local[*], the repository's spark-home), run alternately, RUNS times each, then their marts compared row for row.
#
#   analytics/job/src/test/scripts/job-side-by-side.sh BEFORE.jar AFTER.jar LAKE WORK [RUNS]
#
# BEFORE.jar / AFTER.jar: job jars (analytics/job/target/bastion-analytics-job.jar of two commits, e.g. from a
# `git worktree` of the older one built with `./mvnw -o -q -pl analytics/job package -DskipTests`); LAKE: a lake folder
# (data/lake/current of a warehouse `./bastion analyze` has exported, copied so that no later export replaces it).
# JVM (extra JVM options of the job) and EXTRA (extra job arguments, e.g. "--conf spark.x=y") apply to AFTER only.
# Prints one line per run (wall and CPU seconds from /usr/bin/time, the load average) into WORK/times.txt; the
# marts of the last runs are compared with MartsEqual (needs `./mvnw -DskipTests install` first for the test classes).
set -euo pipefail

before=$(readlink -f "${1:?before jar}")
after=$(readlink -f "${2:?after jar}")
lake=$(readlink -f "${3:?lake folder}")
work=$(mkdir -p "${4:?work folder}" && cd "$4" && pwd)
runs=${5:-3}
# shellcheck source=spark-submit.sh
source "$(dirname "${BASH_SOURCE[0]}")/spark-submit.sh"

job()
{
    local label=$1 jar=$2 jvm=$3 extra=$4
    rm -rf "$work/out-$label"
    spark_submit "$jvm"
    # shellcheck disable=SC2086 # EXTRA is a list of words
    /usr/bin/time -f "%e %U %S" -o "$work/time-$label" "${submit[@]}" --class io.bastion.analytics.job.AnalysisJob "$jar" --lake "$lake" \
        --out "$work/out-$label" --master 'local[*]' --party-lectures-per-quarter 1 $extra > "$work/job-$label.log" 2>&1
    read -r wall user system < "$work/time-$label"
    printf '%s %s wall %.1f s, CPU %.1f s, load %s\n' "$(date -u +%H:%M:%S)" "$label" "$wall" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/times.txt"
}

for run in $(seq 1 "$runs"); do
    job "before-$run" "$before" "" ""
    job "after-$run" "$after" "${JVM:-}" "${EXTRA:-}"
done
classpath=$(cd "$root" && ./mvnw -q -o -B -pl analytics/job dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
"$java" -cp "$root/analytics/job/target/test-classes:$root/analytics/job/target/classes:$classpath" \
    io.bastion.analytics.benchmark.MartsEqual "$work/out-before-$runs" "$work/out-after-$runs" | tail -1 | tee -a "$work/times.txt"
