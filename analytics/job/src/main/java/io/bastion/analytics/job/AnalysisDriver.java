package io.bastion.analytics.job;

import org.apache.spark.sql.SparkSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spark job as a driver that outlives one analysis: one {@link SparkSession} for many runs of {@link AnalysisJob#run}, so
 * the second and later analyses run on a JVM whose code is already compiled (at scale 1 on 2 cores a first analysis takes
 * about a minute, the next ones about 25 s). Submitted like the job itself —
 * {@code spark-submit --class io.bastion.analytics.job.AnalysisDriver job.jar [--master …] [--conf key=value]…} — it reads one
 * request per line on standard input: an id, then the job's own options ({@code --lake}, {@code --out},
 * {@code --party-lectures-per-quarter}, {@code --from-month}), separated by tabs. It answers each on standard output with
 * {@code @@bastion-analysis <id> done <marts> <ms>}, {@code @@bastion-analysis <id> failed <message>} or, for a failure that leaves
 * the session unusable (after which it exits), {@code @@bastion-analysis <id> stopped <message>}; the stack trace goes to
 * standard error. The end of its input stops it.
 */
public final class AnalysisDriver
{
    /** Starts every answer line; the rest of standard output is the job's log. */
    public static final String ANSWER = "@@bastion-analysis ";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** A failure after which the driver exits: its session is no longer usable, or the JVM ran out of memory. */
    public static final String STOPPED = "stopped";
    public static final String USAGE = "用法 / usage: AnalysisDriver [--master local[*]|spark://host:port] [--conf key=value]…"
            + "；标准输入每行一个请求 / one request per line on standard input: <id>\\t--lake\\t<dir>\\t--out\\t<dir>[\\t--from-month\\tyyyymm]…";

    private AnalysisDriver() {}

    public static void main(String[] args)
    {
        String master = JobArguments.DEFAULT_MASTER;
        Map<String, String> conf = new LinkedHashMap<>();
        for (int index = 0; index < args.length; index += 2) {
            String value = index + 1 < args.length ? args[index + 1] : null;
            switch (value == null ? "" : args[index]) {
                case "--master" -> master = value;
                case "--conf" -> {
                    try {
                        JobArguments.putConf(conf, value);
                    }
                    catch (IllegalArgumentException e) {
                        wrongArguments(e.getMessage());
                    }
                }
                default -> wrongArguments("未知或缺少取值的选项 " + args[index] + " / unknown option, or one without a value: " + args[index]);
            }
        }
        SparkSession spark = AnalysisJob.session(master, conf);
        int exitCode = 0;
        try (BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                IdleCollector idleCollector = IdleCollector.forDriver()) {
            for (String line = requests.readLine(); line != null; line = requests.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                idleCollector.busy();
                if (!serve(spark, line, System.out)) {
                    exitCode = AnalysisJob.FAILED;
                    break;
                }
                idleCollector.idle();
            }
        }
        catch (IOException e) {
            System.err.println("分析驱动无法读取请求 / the analysis driver cannot read its requests: " + e);
            exitCode = AnalysisJob.FAILED;
        }
        finally {
            spark.stop();
        }
        // Spark leaves non-daemon threads behind.
        System.exit(exitCode);
    }

    /**
     * Runs one request and answers it; false when the driver must stop: the session is no longer usable (its context
     * stopped) or the JVM ran out of memory, so that the runner starts a fresh one for the next request.
     */
    static boolean serve(SparkSession spark, String line, PrintStream answers)
    {
        String[] fields = line.split("\t", -1);
        String id = fields[0];
        long start = System.nanoTime();
        try {
            JobArguments request = JobArguments.parse(Arrays.copyOfRange(fields, 1, fields.length));
            if (!request.conf().isEmpty()) {
                throw new IllegalArgumentException("请求不能更改 Spark 设置（" + request.conf().keySet() + "），须在启动驱动时给出 / a request cannot change "
                        + "Spark settings (" + request.conf().keySet() + "): they are given when the driver starts");
            }
            Map<String, Long> rows = AnalysisJob.run(spark, request.lake(), request.out(), request.settings(), request.fromMonth());
            long ms = (System.nanoTime() - start) / 1_000_000;
            answers.printf("分析作业完成 / analysis job done: %d marts in %d ms%n", rows.size(), ms);
            answers.println(ANSWER + id + " " + DONE + " " + rows.size() + " " + ms);
            return true;
        }
        catch (Throwable e) {
            System.err.println("分析作业失败：" + e + " / The analysis job failed: " + e);
            e.printStackTrace(System.err);
            boolean usable = !(e instanceof VirtualMachineError) && !spark.sparkContext().isStopped();
            answers.println(ANSWER + id + " " + (usable ? FAILED : STOPPED) + " " + causes(e));
            return usable;
        }
        finally {
            answers.flush();
            forget(spark);
        }
    }

    /**
     * What one analysis leaves behind goes before the next: the cached datasets now, and (after a collection finds their
     * datasets unreachable) the shuffle files, which Spark's cleaner deletes in the background.
     */
    private static void forget(SparkSession spark)
    {
        if (!spark.sparkContext().isStopped()) {
            spark.catalog().clearCache();
        }
        System.gc();
    }

    /** The failure and its causes on one line: the answer is one line, the stack trace is on standard error. */
    static String causes(Throwable failure)
    {
        StringBuilder line = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            line.append(" ← ").append(cause);
        }
        return line.toString().replaceAll("\\s+", " ");
    }

    private static void wrongArguments(String message)
    {
        System.err.println(message + "\n" + USAGE);
        System.exit(AnalysisJob.WRONG_ARGUMENTS);
    }
}
