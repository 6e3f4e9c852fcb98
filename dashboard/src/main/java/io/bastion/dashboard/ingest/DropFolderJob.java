package io.bastion.dashboard.ingest;

import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Scans the drop folder: ingests every file in it (source {@code drop-folder}), then files what
 * was dealt with under {@code .processed/{date}/} and what was refused under {@code .rejected/{date}/}
 * with a note saying why; CSV parts waiting for their siblings stay. Files changed in the last
 * few seconds are left for the next scan, since they may still be being copied in. A symbolic link
 * (or anything else that is not a regular file) is refused and filed as it is, never followed.
 */
@DisallowConcurrentExecution
public final class DropFolderJob
        implements Job
{
    static final String PROCESSED = ".processed";
    static final String REJECTED = ".rejected";
    static final Duration SETTLING_TIME = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DropFolderJob.class);

    private final Ingestion ingestion;
    private final AnalysisRequests analysisRequests;
    private final Path inbox;
    private final Clock clock;

    public DropFolderJob(Ingestion ingestion, AnalysisRequests analysisRequests, BastionSettings settings)
    {
        this(ingestion, analysisRequests, settings.inbox(), Clock.systemDefaultZone());
    }

    DropFolderJob(Ingestion ingestion, AnalysisRequests analysisRequests, Path inbox, Clock clock)
    {
        this.ingestion = ingestion;
        this.analysisRequests = analysisRequests;
        this.inbox = inbox.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context)
    {
        scan().ifPresent(summary -> log.info("投递目录批次 drop-folder run {}: {} files, {} rows loaded", summary.runId(), summary.files().size(),
                summary.rowsLoaded()));
    }

    /** One scan; empty when the drop folder held no settled file. */
    public Optional<RunSummary> scan()
    {
        List<Path> files = settledFiles();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        RunSummary summary = analysisRequests.ingest(() -> ingestion.ingest(files, "drop-folder", IngestionListener.SILENT));
        LocalDate today = LocalDate.now(clock);
        for (FileOutcome outcome : summary.files()) {
            switch (outcome.outcome()) {
                case LOADED, SUPERSEDED, DUPLICATE -> move(Path.of(outcome.path()), inbox.resolve(PROCESSED).resolve(today.toString()));
                case REJECTED, SKIPPED -> {
                    Path moved = move(Path.of(outcome.path()), inbox.resolve(REJECTED).resolve(today.toString()));
                    note(moved, outcome);
                }
                case WAITING -> { }
            }
        }
        return Optional.of(summary);
    }

    private List<Path> settledFiles()
    {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        Instant settled = clock.instant().minus(SETTLING_TIME);
        // Links are not followed but handed to the ingestion, which refuses them with a reason (NOT_REGULAR_FILE).
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(file -> !file.equals(inbox) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !hidden(inbox.relativize(file)))
                    .filter(file -> modified(file).isBefore(settled))
                    .sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a file into a folder, keeping its place below the inbox and never overwriting. */
    private Path move(Path file, Path folder)
    {
        Path relative = inbox.relativize(file);
        Path target = folder.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            for (int copy = 2; Files.exists(target); copy++) {
                target = target.resolveSibling(numbered(relative.getFileName().toString(), copy));
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void note(Path file, FileOutcome outcome)
    {
        String text = outcome.outcome() + " " + outcome.fileName() + "\n"
                + outcome.chinese() + "\n"
                + outcome.english() + "\n";
        try {
            Files.writeString(file.resolveSibling(file.getFileName() + ".txt"), text, UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String numbered(String name, int copy)
    {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + copy : name.substring(0, dot) + "-" + copy + name.substring(dot);
    }

    private static Instant modified(Path file)
    {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path relative)
    {
        for (Path element : relative) {
            if (element.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
