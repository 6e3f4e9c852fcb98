# Sourced by the scripts beside it (issue 13): the command line SparkJobProcess builds for a local job or driver —
# the parallel collector, -Xmx2g, local[*], the repository's spark-home (`./mvnw -DskipTests install` first).
#
#   spark_submit JVM   sets the array `submit` to that command up to `--class`, with the extra JVM options JVM (words);
#                      GC replaces the collector option (e.g. GC=-XX:+UseG1GC, the JVM's default, as a baseline),
#                      MEMORY the heap of 2g (e.g. MEMORY=8g)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
home=$root/analytics/job/target/spark-home
modules=$(sed -n 's:.*<spark.module.options>\(.*\)</spark.module.options>.*:\1:p' "$root/analytics/job/pom.xml")
export SPARK_LOCAL_IP=127.0.0.1

spark_submit()
{
    # shellcheck disable=SC2086,SC2206 # the module options and JVM are lists of words
    submit=("$java" $modules ${GC:--XX:+UseParallelGC} $1 -Xmx"${MEMORY:-2g}" -Duser.timezone=UTC -cp "$home/conf/:$home/jars/*"
        org.apache.spark.deploy.SparkSubmit --master 'local[*]' --deploy-mode client --driver-memory "${MEMORY:-2g}")
}
