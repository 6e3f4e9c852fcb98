package io.bastion.analytics.lake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * A Spark driver kept for the next analysis: the job jar's {@code AnalysisDriver}, submitted through SparkSubmit as the job is
 * ({@link SparkJobProcess#driverCommand}), runs one analysis per request on one SparkSession, so every analysis after the
 * first runs on a warm JVM. Requests go to its standard input, one line each; its answers come on its standard output
 * among the job's log lines. It is stopped after {@link AnalysisRunnerSettings#keepDriver()} without a request, when the
 * job jar changes, when a run overruns its timeout or is interrupted, when it exits by itself (a failure that left its
 * session unusable), and when the runner closes. The next request then starts a fresh one.
 */
final class SparkDriver
        implements AutoCloseable
{
    /** What the driver writes before each answer (AnalysisDriver.ANSWER in the job jar, which this side does not depend on). */
    static final String ANSWER = "@@bastion-analysis ";
    private static final Logger LOG = LoggerFactory.getLogger(SparkDriver.class);
    private static final String ENDED = "\u0000ended";
    private static final String DONE = "done";
    private static final String STOPPED = "stopped";
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final AnalysisRunnerSettings settings;
    private final ScheduledExecutorService background;
    // Written under this object's lock; read without it by close(), which must not wait for a run to end.
    private volatile Running running;
    private volatile boolean busy;
    private volatile boolean closed;
    // A driver prepare() started that has run no analysis yet.
    private volatile boolean unused;
    private ScheduledFuture<?> idleStop;
    private long requests;

    SparkDriver(AnalysisRunnerSettings settings)
    {
        this.settings = requireNonNull(settings, "settings is null");
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "analysis-driver");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs one analysis over {@code lake} into {@code out} on the kept driver, starting one first if none is up or the job
     * jar (its SHA-256 {@code jobJar}) is not the one it was started with. Throws as {@link SparkJobProcess#run} does.
     */
    synchronized void run(Path lake, Path out, OptionalInt fromMonth, String jobJar)
    {
        if (closed) {
            throw new IllegalStateException("分析驱动已关闭 / the analysis driver is closed");
        }
        if (idleStop != null) {
            idleStop.cancel(false);
        }
        stopIfStale(jobJar);
        unused = false;
        boolean started = running == null;
        if (started) {
            running = Running.start(settings, jobJar);
        }
        String id = String.valueOf(++requests);
        List<String> fields = new ArrayList<>(List.of(id));
        fields.addAll(SparkJobProcess.request(settings, lake, out, fromMonth));
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                throw new AnalysisException(AnalysisException.Reason.SETUP, "路径中不能有制表符或换行：" + field + " / a path must not hold a tab or a line break: " + field);
            }
        }
        LOG.info("分析请求 {} 交给{}的分析驱动（进程 {}） / analysis request {} to the {} driver (process {})", id, started ? "新启动" : "已预热", running.process.pid(),
                id, started ? "new" : "warm", running.process.pid());
        String outcome;
        busy = true;
        try {
            outcome = running.answer(id, String.join("\t", fields), settings.timeout());
        }
        catch (AnalysisException e) {
            // overran, interrupted or exited: nothing to wait for
            kill();
            throw e;
        }
        finally {
            busy = false;
            if (running != null && !closed) {
                scheduleIdleStop();
            }
        }
        if (outcome.startsWith(DONE)) {
            return;
        }
        // "failed <message>": the driver goes on; "stopped <message>": it exits, as its session is no longer usable.
        if (outcome.startsWith(STOPPED)) {
            stopRunning();
        }
        String message = outcome.substring(outcome.indexOf(' ') + 1);
        throw new AnalysisException(AnalysisException.Reason.JOB, "分析作业失败：" + message + " / the analysis job failed: " + message);
    }

    /**
     * Starts a driver now, unless one with this job jar is up, so that its JVM and SparkSession start while something else
     * runs (an ingestion the analysis follows). It is kept as after an analysis; a driver that fails to start is only seen
     * by the next {@link #run}, which starts another and records what went wrong.
     */
    synchronized void prepare(String jobJar)
    {
        if (closed) {
            return;
        }
        stopIfStale(jobJar);
        if (running != null) {
            return;
        }
        running = Running.start(settings, jobJar);
        unused = true;
        LOG.info("分析驱动已提前启动（进程 {}） / the analysis driver was started ahead of the analysis (process {})", running.process.pid(),
                running.process.pid());
        scheduleIdleStop();
    }

    /**
     * {@link #prepare} on this driver's own thread, with the job jar's SHA-256 from {@code jobJar}; returns at once. It and
     * {@link #releaseUnusedInBackground} run in the order they are asked for, so a release never overtakes its start.
     */
    void prepareInBackground(Supplier<String> jobJar)
    {
        inBackground(() -> {
            try {
                prepare(jobJar.get());
            }
            catch (RuntimeException e) {
                // the analysis itself starts a driver again and records why that fails
                LOG.warn("无法提前启动分析驱动 / could not start the analysis driver ahead of the analysis: {}", e.toString());
            }
        });
    }

    /** {@link #releaseUnused} on this driver's own thread, after any {@link #prepareInBackground} asked for before; returns at once. */
    void releaseUnusedInBackground()
    {
        inBackground(this::releaseUnused);
    }

    /** Stops a driver {@link #prepare} started if it has run no analysis: none is coming (the ingestion loaded nothing). */
    synchronized void releaseUnused()
    {
        if (unused) {
            unused = false;
            LOG.info("提前启动的分析驱动未被使用，停止 / the analysis driver started ahead was not needed: stopping it");
            stopRunning();
        }
    }

    /** Whether a driver {@link #prepare} started is up and has run no analysis yet. */
    boolean preparedAndUnused()
    {
        return unused;
    }

    /** The process id of the driver kept now, if one is. */
    OptionalLong pid()
    {
        Running current = running;
        return current == null || !current.process.isAlive() ? OptionalLong.empty() : OptionalLong.of(current.process.pid());
    }

    /**
     * Stops the driver: at once if it is running an analysis (which then fails, as the server is stopping), otherwise by
     * ending its input. Does not wait for a run in progress to end.
     */
    @Override
    public void close()
    {
        closed = true;
        background.shutdownNow();
        Running current = running;
        if (current != null) {
            if (busy) {
                SparkJobProcess.stop(current.process);
            }
            else {
                stopGracefully(current);
            }
        }
        synchronized (this) {
            running = null;
        }
    }

    private synchronized void stopIfIdle()
    {
        if (running != null) {
            LOG.info("分析驱动空闲 {}，停止 / the analysis driver was idle for {}: stopping it", settings.keepDriver(), settings.keepDriver());
            stopRunning();
        }
    }

    // A driver's lock is held for a whole analysis: whoever asks for a start or a release does not wait for that.
    private void inBackground(Runnable task)
    {
        try {
            background.execute(task);
        }
        catch (RejectedExecutionException e) {
            // closed: nothing to start or release
        }
    }

    private void stopIfStale(String jobJar)
    {
        if (running != null && (!running.process.isAlive() || !running.jobJar.equals(jobJar))) {
            LOG.info("分析驱动已退出或作业 jar 已更新，重新启动 / the analysis driver exited or the job jar changed: starting a new one");
            stopRunning();
        }
    }

    private void scheduleIdleStop()
    {
        if (idleStop != null) {
            idleStop.cancel(false);
        }
        idleStop = background.schedule(this::stopIfIdle, settings.keepDriver().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void kill()
    {
        if (running != null) {
            SparkJobProcess.stop(running.process);
            running = null;
        }
    }

    private void stopRunning()
    {
        if (running != null) {
            Running stopping = running;
            running = null;
            stopGracefully(stopping);
        }
    }

    /** Ends the driver's input, so it stops its session and exits; forced after a grace period. */
    private static void stopGracefully(Running stopping)
    {
        try {
            stopping.requests.close();
        }
        catch (IOException e) {
            // it has exited already
        }
        try {
            if (!stopping.process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                SparkJobProcess.stop(stopping.process);
            }
        }
        catch (InterruptedException e) {
            SparkJobProcess.stop(stopping.process);
            Thread.currentThread().interrupt();
        }
    }

    /** One driver process, with its input, its answers and its error output's last lines. */
    private record Running(Process process, String jobJar, Writer requests, BlockingQueue<String> answers, SparkJobProcess.ErrorLines errors,
            Thread errorOutput)
    {
        static Running start(AnalysisRunnerSettings settings, String jobJar)
        {
            Process process = SparkJobProcess.start(SparkJobProcess.driverCommand(settings));
            BlockingQueue<String> answers = new LinkedBlockingQueue<>();
            SparkJobProcess.ErrorLines errors = new SparkJobProcess.ErrorLines();
            SparkJobProcess.follow(process.getInputStream(), "out", line -> {
                if (line.startsWith(ANSWER)) {
                    answers.add(line.substring(ANSWER.length()));
                }
            }, () -> answers.add(ENDED));
            Thread errorOutput = SparkJobProcess.follow(process.getErrorStream(), "err", errors::add, () -> {});
            return new Running(process, jobJar, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), answers, errors, errorOutput);
        }

        /** Sends the request and returns its answer (done, failed or stopped, and what follows); an exit throws (JOB), no answer in time throws (TIMEOUT). */
        String answer(String id, String request, Duration timeout)
        {
            errors.clear();
            try {
                requests.write(request + "\n");
                requests.flush();
            }
            catch (IOException e) {
                // The driver has exited: its end of output says how.
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (true) {
                    String answer = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (answer == null) {
                        throw SparkJobProcess.timedOut(timeout);
                    }
                    if (answer.equals(ENDED)) {
                        throw exited();
                    }
                    // An answer to an earlier request (there is none after a timeout, which stops the driver) is skipped.
                    if (answer.startsWith(id + " ")) {
                        return answer.substring(id.length() + 1);
                    }
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw SparkJobProcess.interrupted(e);
            }
        }

        private AnalysisException exited()
                throws InterruptedException
        {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                SparkJobProcess.stop(process);
                process.waitFor();
            }
            errorOutput.join(TimeUnit.SECONDS.toMillis(10));
            return SparkJobProcess.exited(process.exitValue(), errors);
        }
    }
}
