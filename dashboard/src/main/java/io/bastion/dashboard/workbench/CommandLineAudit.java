package io.bastion.dashboard.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The audit entries of {@code ./bastion sql}. The server holds the warehouse (and with it restricted.workbench_query)
 * read-write, so the command cannot write the log itself: it leaves each entry as one JSON file in
 * {@code <snapshots>/cli-audit/}, written under a temporary name and moved into place, and the server moves the
 * entries into the log at start-up and whenever the log is read. An entry is deleted only after it is in the log.
 */
public final class CommandLineAudit
{
    static final String FOLDER = "cli-audit";
    /** The entries' kind in the log, next to query, csv and xlsx. */
    public static final String KIND = "cli";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Path folder;

    public CommandLineAudit(SnapshotFiles files)
    {
        this.folder = requireNonNull(files, "files is null").folder().resolve(FOLDER);
    }

    /** Leaves one entry for the server; fails loudly when it cannot (the command then reports the query as unlogged). */
    public void spool(WorkbenchLog.Entry entry)
    {
        requireNonNull(entry, "entry is null");
        try {
            Files.createDirectories(folder);
            String name = System.currentTimeMillis() + "-" + UUID.randomUUID();
            Path temporary = folder.resolve(name + ".tmp");
            JSON.writeValue(temporary.toFile(), entry);
            Files.move(temporary, folder.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not write the audit entry into " + folder, e);
        }
    }

    /** The entries waiting, oldest first. */
    List<Path> waiting()
    {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    /**
     * Moves every waiting entry into the log, oldest first. A file that cannot be read is kept as
     * {@code <name>.unreadable} and logged as a failed command-line entry naming it, so it is seen on the audit page.
     */
    synchronized void moveInto(WorkbenchLog log)
    {
        for (Path file : waiting()) {
            WorkbenchLog.Entry entry;
            Path keep = null;
            try {
                entry = JSON.readValue(file.toFile(), WorkbenchLog.Entry.class);
            }
            catch (IOException e) {
                keep = file.resolveSibling(file.getFileName() + ".unreadable");
                entry = new WorkbenchLog.Entry(0, "cli", "ANALYST", Snapshot.ANALYST.code(), KIND, LocalDateTime.now(), "", 0, 0, "failed", false, false,
                        false, "命令行审计记录无法读取，原文件保留为 / the command line's audit entry could not be read, kept as " + keep + ": " + e.getMessage());
            }
            log.write(entry);
            try {
                if (keep == null) {
                    Files.delete(file);
                }
                else {
                    Files.move(file, keep);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("could not delete the command line's audit entry " + file + " after logging it", e);
            }
        }
    }
}
