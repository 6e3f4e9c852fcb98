package io.bastion.dashboard.reports;

import io.bastion.dashboard.reports.ReportArchive.NewFile;
import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.scope.Month;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * The monthly report's life: the schedule claims the month before each fire time once, builds it from the marts,
 * mails it once; failures are recorded with their reason and retried with back-off. Admins and the command line add
 * new versions. Every time is the report zone's local time (Asia/Shanghai by default).
 */
public final class Reports
{
    public static final String SCHEDULE = "schedule";
    public static final String USER = "user";
    public static final String CLI = "cli";

    private static final Logger log = LoggerFactory.getLogger(Reports.class);
    /** How long an attempt holds a version before another run may take it over (the attempting instance died). */
    static final Duration ATTEMPT_LEASE = Duration.ofMinutes(15);

    private final ReportArchive archive;
    private final ReportQueries queries;
    private final ReportRenderer renderer;
    private final ReportSettings settings;
    private final Optional<ReportMailer> mailer;
    private final Clock clock;
    private final String instance;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<Problem> runFailure = new AtomicReference<>();
    private final AtomicReference<Problem> scheduleFailure = new AtomicReference<>();

    public Reports(ReportArchive archive, ReportQueries queries, ReportRenderer renderer, ReportSettings settings, Optional<ReportMailer> mailer, Clock clock)
    {
        this.archive = requireNonNull(archive, "archive is null");
        this.queries = requireNonNull(queries, "queries is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    public ReportArchive archive()
    {
        return archive;
    }

    public ReportSettings settings()
    {
        return settings;
    }

    public LocalDateTime now()
    {
        return LocalDateTime.now(clock.withZone(settings.zone())).withNano(0);
    }

    /** The month whose report the schedule owes at {@code now}: the month before the latest fire time at or before now. */
    public Optional<Month> dueMonth()
    {
        return ReportSchedule.dueMonth(settings, clock.instant());
    }

    /**
     * What an admin must know that no report row says: the last scheduled run or the registration of the schedule
     * failed (in this instance), or the due month has no report although its fire time has passed.
     */
    public List<Problem> problems()
    {
        List<Problem> problems = new ArrayList<>();
        Optional.ofNullable(scheduleFailure.get()).ifPresent(problems::add);
        Optional.ofNullable(runFailure.get()).ifPresent(problems::add);
        if (settings.enabled()) {
            ReportSchedule.lastFire(settings, clock.instant()).ifPresent(fired -> {
                Month month = new Month(fired.getYear() * 100 + fired.getMonthValue()).previous();
                if (archive.ofMonth(month).isEmpty()) {
                    String at = fired.toLocalDateTime().toString().replace('T', ' ');
                    problems.add(new Problem(fired.toLocalDateTime(), ReportWords.chinese().get("problem.missing", month.chinese(), at) + " / "
                            + ReportWords.english().get("problem.missing", month.iso(), at)));
                }
            });
        }
        return problems;
    }

    /** A failure outside any report version, with when it happened and why, in Chinese and English. */
    public record Problem(LocalDateTime at, String reason)
    {
        public Problem
        {
            requireNonNull(at, "at is null");
            requireNonNull(reason, "reason is null");
        }
    }

    /** The scheduled run failed before a report version could record why (the archive could not be read or written). */
    void runFailed(Exception e)
    {
        LocalDateTime at = now();
        runFailure.set(new Problem(at, ReportWords.chinese().get("problem.run", at.toString().replace('T', ' '), describe(e)) + " / "
                + ReportWords.english().get("problem.run", at.toString().replace('T', ' '), describe(e))));
    }

    /** The job or its trigger could not be registered with Quartz: nothing would run on schedule. */
    void schedulingFailed(Exception e)
    {
        LocalDateTime at = now();
        scheduleFailure.set(new Problem(at, ReportWords.chinese().get("problem.schedule", settings.cron(), settings.zone().getId(), describe(e)) + " / "
                + ReportWords.english().get("problem.schedule", settings.cron(), settings.zone().getId(), describe(e))));
    }

    void scheduled()
    {
        scheduleFailure.set(null);
    }

    /** The exception's type and message, and its root cause's when the message does not already say it: what failed, and where. */
    static String describe(Throwable e)
    {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean told = root == e || (root.getMessage() != null && text.contains(root.getMessage()));
        return told ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /**
     * The scheduled run (also on start-up and at each retry): claims the due month's report if nobody has, then attempts
     * every build and delivery that is due. Returns when the next retry is due, if any.
     */
    public Optional<LocalDateTime> runDue()
    {
        lock.lock();
        try {
            LocalDateTime now = now();
            if (settings.enabled()) {
                dueMonth().flatMap(month -> archive.claim(month, instance, now, deliveryOnCreate()))
                        .ifPresent(report -> log.info("月报 monthly report {} claimed by {} (version {})", report.month(), instance, report.version()));
            }
            for (Report due : archive.due(now)) {
                if (archive.takeAttempt(due.reportId(), now, now.plus(ATTEMPT_LEASE))) {
                    attempt(archive.find(due.reportId()).orElseThrow());
                }
            }
            Optional<LocalDateTime> next = archive.nextAttempt();
            runFailure.set(null);
            return next;
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * After an analysis: every version waiting for one is due now. Returns whether any was, so that the caller runs the
     * schedule ({@link #runDue()}) at once instead of at the next poll.
     */
    public boolean analysisFinished()
    {
        lock.lock();
        try {
            int woken = archive.wakeWaiting(now());
            if (woken > 0) {
                log.info("分析完成，{} 份等待分析的月报将立即重试 / an analysis finished: {} report version(s) waiting for one are due now", woken, woken);
            }
            return woken > 0;
        }
        finally {
            lock.unlock();
        }
    }

    /** An admin's regeneration: a new version of the month, built now; mailed when recipients are set. */
    public Report regenerate(Month month, String username)
    {
        lock.lock();
        try {
            LocalDateTime now = now();
            Report report = archive.newVersion(month, USER, username, now, deliveryOnCreate(), Optional.of(now.plus(ATTEMPT_LEASE)));
            attempt(report);
            return archive.find(report.reportId()).orElseThrow();
        }
        finally {
            lock.unlock();
        }
    }

    /** The command line's report: a new version, built now (not retried, not mailed), its files written into {@code out}. */
    public Report buildInto(Month month, Path out, String by)
    {
        lock.lock();
        try {
            Report report = archive.newVersion(month, CLI, by, now(), ReportArchive.NONE, Optional.empty());
            try {
                build(report);
            }
            catch (RuntimeException e) {
                archive.buildFailed(report.reportId(), buildFailure(report, e), Optional.empty());
                throw e;
            }
            Files.createDirectories(out);
            for (ReportArchive.FileInfo file : archive.files(report.reportId())) {
                Files.write(out.resolve(file.fileName()), archive.content(report.reportId(), file.format()).orElseThrow());
            }
            return archive.find(report.reportId()).orElseThrow();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            lock.unlock();
        }
    }

    /** Why building a version failed: the refusal's own words, or which version failed with what. */
    private static String buildFailure(Report report, RuntimeException e)
    {
        if (e instanceof ReportRefusedException refused) {
            return refused.both();
        }
        String version = String.valueOf(report.version());
        return ReportWords.chinese().get("refusal.buildFailed", report.month().chinese(), version, describe(e)) + " / "
                + ReportWords.english().get("refusal.buildFailed", report.month().iso(), version, describe(e));
    }

    private String deliveryOnCreate()
    {
        return settings.mails() ? ReportArchive.PENDING : ReportArchive.NONE;
    }

    private void attempt(Report report)
    {
        if (!ReportArchive.DONE.equals(report.status())) {
            try {
                build(report);
            }
            catch (ReportRefusedException e) {
                if (!e.waitsForAnalysis()) {
                    failed(report, e);
                    return;
                }
                LocalDateTime poll = now().plus(settings.backoff(1));
                archive.waiting(report.reportId(), e.both(), poll);
                log.info("月报 {} 第 {} 版等待分析 / report {} version {} waits for an analysis (looked at again after the next one, or at {}): {}",
                        report.month(), report.version(), report.month(), report.version(), poll, e.both());
                return;
            }
            catch (RuntimeException e) {
                failed(report, e);
                return;
            }
            report = archive.find(report.reportId()).orElseThrow();
        }
        if (ReportArchive.PENDING.equals(report.delivery()) || ReportArchive.FAILED.equals(report.delivery())) {
            deliver(report);
        }
    }

    /** Records a failed build: counted, retried with the back-off until the attempts run out. */
    private void failed(Report report, RuntimeException e)
    {
        String reason = buildFailure(report, e);
        int attempts = report.attempts() + 1;
        Optional<LocalDateTime> next = attempts < settings.maxAttempts() ? Optional.of(now().plus(settings.backoff(attempts))) : Optional.empty();
        archive.buildFailed(report.reportId(), reason, next);
        log.warn("月报 {} 第 {} 版生成失败 / report {} version {} failed (attempt {}; next {}): {}", report.month(), report.version(), report.month(),
                report.version(), attempts, next.map(LocalDateTime::toString).orElse("none"), reason, e instanceof ReportRefusedException ? null : e);
    }

    private void build(Report report)
    {
        LiaisonReport content = queries.read(report.month());
        LocalDateTime generatedAt = now();
        ReportRenderer.Heading heading = renderer.heading(content, report.version(), generatedAt);
        ReportRenderer.Files files = renderer.render(content, heading);
        String base = fileBase(report);
        archive.built(report.reportId(), content.analysis().analysisId(), generatedAt, List.of(
                new NewFile("html", base + ".html", "text/html;charset=UTF-8", files.html()),
                new NewFile("pdf", base + ".pdf", "application/pdf", files.pdf()),
                new NewFile("xlsx", base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", files.xlsx())));
        log.info("月报 report {} version {} built from analysis run {}", report.month(), report.version(), content.analysis().analysisId());
    }

    /** 联系点工作进展月报_2026-10_v1. */
    static String fileBase(Report report)
    {
        return ReportWords.chinese().get("file.base", report.month().iso(), String.valueOf(report.version()));
    }

    private void deliver(Report report)
    {
        int attempts = report.deliveryAttempts() + 1;
        try {
            ReportMailer sender = mailer.orElseThrow(() -> ReportWords.refusal("refusal.mailNotConfigured"));
            ReportWords words = ReportWords.chinese();
            String title = words.get("doc.title", report.month().chinese());
            List<ReportMailer.Attachment> attachments = new ArrayList<>();
            for (ReportArchive.FileInfo file : archive.files(report.reportId())) {
                if (!"html".equals(file.format())) {
                    attachments.add(new ReportMailer.Attachment(file.fileName(), file.mediaType(), archive.content(report.reportId(), file.format()).orElseThrow()));
                }
            }
            sender.send(words.get("mail.subject", title, String.valueOf(report.version())),
                    words.get("mail.body", title, String.valueOf(report.version()), report.analysisId().map(String::valueOf).orElse("—")), attachments);
            archive.delivered(report.reportId(), now(), String.join(", ", settings.recipients()));
            log.info("月报 report {} version {} mailed to {}", report.month(), report.version(), settings.recipients());
        }
        catch (Exception e) {
            String reason = e instanceof ReportRefusedException refused ? refused.both()
                    : ReportWords.chinese().get("refusal.mailFailed", e.getMessage()) + " / " + ReportWords.english().get("refusal.mailFailed", e.getMessage());
            Optional<LocalDateTime> next = attempts < settings.maxAttempts() ? Optional.of(now().plus(settings.backoff(attempts))) : Optional.empty();
            archive.deliveryFailed(report.reportId(), reason, next);
            log.warn("月报 {} 第 {} 版发送失败 / mailing report {} version {} failed (attempt {}; next {}): {}", report.month(), report.version(), report.month(),
                    report.version(), attempts, next.map(LocalDateTime::toString).orElse("none"), reason);
        }
    }
}
