package io.bastion.analytics.lake;

import org.apache.spark.launcher.JavaModuleOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Spark job submitted as a user submits it, in a child process: {@code java <Spark's module options> -Xmx…
 * -cp "<spark-home>/conf/:<spark-home>/jars/*" org.apache.spark.deploy.SparkSubmit --master … --class AnalysisJob <job jar> …},
 * which is what {@code bin/spark-submit} runs (a client-mode driver, for {@code local[*]} and {@code spark://} alike; SparkSubmit
 * sends the job jar to the executors). Its output goes to this process's log; the last lines of its error output explain a failure.
 */
final class SparkJobProcess
{
    static final String JOB_CLASS = "io.bastion.analytics.job.AnalysisJob";
    static final String DRIVER_CLASS = "io.bastion.analytics.job.AnalysisDriver";
    /**
     * The driver's collector: Spark's work is a batch, and on 2 cores G1's concurrent cycles (80 of them in a scale-1 analysis,
     * started by Spark's large buffers) cost more than they save; the parallel collector made analyses 0.89-0.90 of G1's time
     * at scales 1 and 10 (BENCHMARKS.md).
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";
    static final String SUBMIT_CLASS = "org.apache.spark.deploy.SparkSubmit";

    private static final Logger LOG = LoggerFactory.getLogger(SparkJobProcess.class);
    private static final int ERROR_LINES_KEPT = 15;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

    private SparkJobProcess() {}

    /** The command line that submits the job over {@code lake}, writing the marts to {@code out}. */
    static List<String> command(AnalysisRunnerSettings settings, Path lake, Path out, OptionalInt fromMonth)
    {
        List<String> command = submit(settings, JOB_CLASS);
        command.addAll(request(settings, lake, out, fromMonth));
        command.addAll(List.of("--master", settings.sparkMaster()));
        // The job applies these last, over its own defaults (spark.driver.host among them).
        settings.sparkConf().forEach((key, value) -> command.addAll(List.of("--conf", key + "=" + value)));
        return command;
    }

    /** The command line that starts the long-lived driver ({@link SparkDriver}); its requests come on its standard input. */
    static List<String> driverCommand(AnalysisRunnerSettings settings)
    {
        List<String> command = submit(settings, DRIVER_CLASS);
        // A driver idle for a minute collects (AnalysisDriver's IdleCollector), and these let the parallel collector shrink the
        // heap at that collection, which gives back what an analysis grew: 2.0 GB stayed resident after a scale-1 analysis
        // without them, 1.0-1.1 GB with them (BENCHMARKS.md).
        command.addAll(1, List.of("-XX:+UseAdaptiveSizePolicyWithSystemGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
        command.addAll(List.of("--master", settings.sparkMaster()));
        settings.sparkConf().forEach((key, value) -> command.addAll(List.of("--conf", key + "=" + value)));
        return command;
    }

    /** One analysis's own options, as the job and the driver's requests take them. */
    static List<String> request(AnalysisRunnerSettings settings, Path lake, Path out, OptionalInt fromMonth)
    {
        List<String> options = new ArrayList<>(List.of("--lake", lake.toAbsolutePath().toString(), "--out", out.toAbsolutePath().toString(),
                "--party-lectures-per-quarter", String.valueOf(settings.partyLecturesPerQuarter())));
        fromMonth.ifPresent(month -> options.addAll(List.of("--from-month", String.valueOf(month))));
        return options;
    }

    /** {@code java … SparkSubmit --master … --class <mainClass> <job jar>}, what bin/spark-submit runs, without the application's arguments. */
    private static List<String> submit(AnalysisRunnerSettings settings, String mainClass)
    {
        Path java = settings.javaHome().resolve("bin").resolve("java");
        Path jars = settings.sparkHome().resolve("jars");
        requireExists(java, "Java 17 的 java 程序", "the java program of Java 17 (javaHome)");
        requireExists(jars, "Spark 依赖目录（spark-home/jars）", "Spark's jars folder (sparkHome/jars)");
        requireExists(settings.jobJar(), "分析作业 jar", "the job jar");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // In client mode the driver is this JVM, so its options are set here, as bin/spark-submit sets them.
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.add(COLLECTOR);
        command.add("-Xmx" + settings.driverMemory());
        command.add("-Duser.timezone=UTC");
        command.add("-cp");
        // conf/ first, then jars/: bin/spark-class's classpath.
        Path home = settings.sparkHome().toAbsolutePath();
        command.add(home.resolve("conf") + File.separator + File.pathSeparator + home.resolve("jars") + File.separator + "*");
        command.add(SUBMIT_CLASS);
        command.addAll(List.of("--master", settings.sparkMaster(), "--deploy-mode", "client", "--driver-memory", settings.driverMemory(),
                "--class", mainClass, settings.jobJar().toAbsolutePath().toString()));
        return command;
    }

    /** Runs the command to its end; a non-zero exit or the timeout throws, with the job's last error lines. */
    static void run(List<String> command, Duration timeout)
    {
        Process process = start(command);
        ErrorLines errorLines = new ErrorLines();
        Thread output = follow(process.getInputStream(), "out", line -> {}, () -> {});
        Thread errors = follow(process.getErrorStream(), "err", errorLines::add, () -> {});
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw timedOut(timeout);
            }
            output.join(TimeUnit.SECONDS.toMillis(10));
            errors.join(TimeUnit.SECONDS.toMillis(10));
        }
        catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
        int exitCode = process.exitValue();
        if (exitCode != 0) {
            throw exited(exitCode, errorLines);
        }
    }

    /** Starts the command with Spark bound to the loopback address unless told otherwise. */
    static Process start(List<String> command)
    {
        ProcessBuilder builder = new ProcessBuilder(command);
        // Spark would otherwise bind to the machine's first non-loopback address.
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            return builder.start();
        }
        catch (IOException e) {
            throw new AnalysisException(AnalysisException.Reason.SETUP, "无法启动分析作业：" + e.getMessage() + " / cannot start the analysis job: " + e.getMessage(), e);
        }
    }

    static AnalysisException timedOut(Duration timeout)
    {
        return new AnalysisException(AnalysisException.Reason.TIMEOUT, "分析作业超过 " + timeout + " 未结束，已终止 / the analysis job did not finish within "
                + timeout + " and was stopped");
    }

    static AnalysisException interrupted(InterruptedException cause)
    {
        return new AnalysisException(AnalysisException.Reason.JOB, "分析被中断，作业已终止 / the analysis was interrupted and the job stopped", cause);
    }

    static AnalysisException exited(int exitCode, ErrorLines errorLines)
    {
        return new AnalysisException(AnalysisException.Reason.JOB, "分析作业失败（退出码 " + exitCode + "） / the analysis job failed (exit code " + exitCode + "):\n"
                + errorLines.tail());
    }

    private static void requireExists(Path path, String chinese, String english)
    {
        if (!Files.exists(path)) {
            throw new AnalysisException(AnalysisException.Reason.SETUP, "找不到" + chinese + "：" + path + "（先运行 ./mvnw package） / " + english + " is missing: " + path
                    + " (run ./mvnw package first)");
        }
    }

    static void stop(Process process)
    {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Copies a stream of the job to the log line by line, handing each line to {@code lines} as well, and runs {@code end}
     * when the stream ends (the process exited or closed it).
     */
    static Thread follow(InputStream stream, String name, Consumer<String> lines, Runnable end)
    {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    LOG.info("[spark {}] {}", name, line);
                    lines.accept(line);
                }
            }
            catch (IOException e) {
                LOG.warn("分析作业输出读取中断 / reading the job's output stopped", new UncheckedIOException(e));
            }
            finally {
                end.run();
            }
        }, "analysis-job-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The last lines of the job's error output, stack frames left out (they are in the log): what a failure's message quotes. */
    static final class ErrorLines
    {
        private final Deque<String> kept = new ArrayDeque<>();

        synchronized void add(String line)
        {
            if (STACK_FRAME.matcher(line).lookingAt()) {
                return;
            }
            kept.addLast(line);
            if (kept.size() > ERROR_LINES_KEPT) {
                kept.removeFirst();
            }
        }

        synchronized void clear()
        {
            kept.clear();
        }

        synchronized String tail()
        {
            return String.join("\n", kept);
        }
    }
}
