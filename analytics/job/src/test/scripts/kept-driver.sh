#!/usr/bin/env bash
# One kept Spark driver (AnalysisDriver, submitted as SparkJobProcess submits it: the parallel collector, -Xmx2g, local[*], the repository's
# spark-home) running RUNS analyses of one lake one after the other, as a server's driver runs them (issue 13).
#
#   analytics/job/src/test/scripts/kept-driver.sh JAR LAKE WORK [RUNS]
#
# JAR: a job jar (analytics/job/target/bastion-analytics-job.jar, or that of an older commit built in a `git worktree`);
# LAKE: a lake folder (data/lake/current of a warehouse `./bastion analyze` has exported, copied so that no later export
# replaces it). EXTRA: extra driver arguments, applied over the job's defaults, e.g.
# EXTRA="--conf spark.sql.codegen.cache.maxEntries=100"; JVM: extra JVM options; FROM=yyyymm: each analysis recomputes from
# that month (`--from-month`, as the runner asks for a monthly cycle; the lake must then hold the previous_* tables of
# that run's export); MEMORY: the driver's heap instead of 2g (e.g. 8g at scale 100).
# Prints each analysis's milliseconds (the driver's own answer) and the generated classes it compiled (the job's log
# line, from Spark's codegen metric), then the process's wall, user and system seconds; the marts are in WORK/out-N.
set -euo pipefail

jar=$(readlink -f "${1:?job jar}")
lake=$(readlink -f "${2:?lake folder}")
work=$(mkdir -p "${3:?work folder}" && cd "$3" && pwd)
runs=${4:-4}
# shellcheck source=spark-submit.sh
source "$(dirname "${BASH_SOURCE[0]}")/spark-submit.sh"

rm -rf "$work"/out-*
for run in $(seq 1 "$runs"); do
    printf 'r%s\t--lake\t%s\t--out\t%s\t--party-lectures-per-quarter\t1%s\n' "$run" "$lake" "$work/out-$run" "${FROM:+$'\t'--from-month$'\t'$FROM}"
done > "$work/requests"
spark_submit "${JVM:-}"
# shellcheck disable=SC2086 # EXTRA is a list of words
/usr/bin/time -f "%e %U %S" -o "$work/time" "${submit[@]}" --class io.bastion.analytics.job.AnalysisDriver "$jar" ${EXTRA:-} \
    < "$work/requests" > "$work/out.log" 2> "$work/err.log"
echo "analysis ms: $(sed -n 's/^@@bastion-analysis r[0-9]* done [0-9]* \([0-9]*\).*/\1/p' "$work/out.log" | paste -sd' ')"
echo "classes compiled: $(sed -n 's:^生成代码编译 / generated classes compiled\: \([0-9]*\):\1:p' "$work/out.log" | paste -sd' ')"
echo "process wall, user, system s: $(cat "$work/time")"
