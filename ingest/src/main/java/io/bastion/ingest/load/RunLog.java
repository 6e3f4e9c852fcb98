package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.sql.Warehouse;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static io.bastion.sql.generated.default_schema.Tables.INGEST_RUN;
import static io.bastion.sql.generated.default_schema.Tables.PULL_FAILURE;

/** The ingest_run record of each run: started, advanced with every committed batch, finished. */
final class RunLog
{
    static final String RUNNING = "RUNNING";

    long start(Connection connection, String source, int filesTotal)
    {
        DSLContext dsl = Warehouse.dsl(connection);
        long runId = dsl.select(org.jooq.impl.DSL.field("nextval('ingest_run_seq')", Long.class)).fetchSingle().value1();
        dsl.insertInto(INGEST_RUN)
                .set(INGEST_RUN.RUN_ID, runId)
                .set(INGEST_RUN.SOURCE, source)
                .set(INGEST_RUN.STARTED_AT, LocalDateTime.now())
                .set(INGEST_RUN.STATUS, RUNNING)
                .set(INGEST_RUN.FILES_TOTAL, filesTotal)
                .execute();
        return runId;
    }

    /** Records in the run what its source could not deliver. */
    void recordPullFailures(Connection connection, long runId, List<PullFailure> failures)
    {
        LocalDateTime now = LocalDateTime.now();
        DSLContext dsl = Warehouse.dsl(connection);
        for (PullFailure failure : failures) {
            dsl.insertInto(PULL_FAILURE)
                    .set(PULL_FAILURE.RUN_ID, runId)
                    .set(PULL_FAILURE.SOURCE_NAME, failure.sourceName())
                    .set(PULL_FAILURE.REMOTE_NAME, failure.remoteName())
                    .set(PULL_FAILURE.URL, failure.url())
                    .set(PULL_FAILURE.ERROR_ZH, failure.chinese())
                    .set(PULL_FAILURE.ERROR_EN, failure.english())
                    .set(PULL_FAILURE.FAILED_AT, now)
                    .execute();
        }
    }

    /** Runs left RUNNING by a process that died are marked INTERRUPTED; their committed batches stay. */
    int markInterrupted(Connection connection)
    {
        return Warehouse.dsl(connection).update(INGEST_RUN)
                .set(INGEST_RUN.STATUS, "INTERRUPTED")
                .set(INGEST_RUN.MESSAGE, "进程在运行中终止；已提交的批次保留，其余文件将在下次运行时处理 / the process died mid-run; committed batches stay, the rest is processed next run")
                .where(INGEST_RUN.STATUS.eq(RUNNING))
                .execute();
    }

    void progress(Connection connection, long runId, Progress progress)
    {
        Warehouse.dsl(connection).update(INGEST_RUN)
                .set(INGEST_RUN.FILES_TOTAL, progress.filesTotal())
                .set(INGEST_RUN.FILES_DONE, progress.filesDone())
                .set(INGEST_RUN.FILES_LOADED, progress.filesLoaded())
                .set(INGEST_RUN.FILES_DUPLICATE, progress.filesDuplicate())
                .set(INGEST_RUN.FILES_REJECTED, progress.filesRejected())
                .set(INGEST_RUN.ROWS_READ, progress.rowsRead())
                .set(INGEST_RUN.ROWS_LOADED, progress.rowsLoaded())
                .set(INGEST_RUN.ROWS_REJECTED, progress.rowsRejected())
                .set(INGEST_RUN.ROWS_PER_SECOND, progress.rowsPerSecond())
                .set(INGEST_RUN.DURATION_MS, progress.elapsed().toMillis())
                .where(INGEST_RUN.RUN_ID.eq(runId))
                .execute();
    }

    void finish(Connection connection, long runId, Progress progress, String status, String message)
    {
        progress(connection, runId, progress);
        Warehouse.dsl(connection).update(INGEST_RUN)
                .set(INGEST_RUN.STATUS, status)
                .set(INGEST_RUN.FINISHED_AT, LocalDateTime.now())
                .set(INGEST_RUN.MESSAGE, message)
                .where(INGEST_RUN.RUN_ID.eq(runId))
                .execute();
    }

    /** How far a run has come; immutable, advanced by adding the outcomes of a committed batch. */
    record Progress(int filesTotal, int filesDone, int filesLoaded, int filesDuplicate, int filesRejected,
                    long rowsRead, long rowsLoaded, long rowsRejected, long startedNanos)
    {
        static Progress start(int filesTotal)
        {
            return new Progress(filesTotal, 0, 0, 0, 0, 0, 0, 0, System.nanoTime());
        }

        /** The progress of a run that started with this one, once these files are done. */
        Progress counting(int total, List<FileOutcome> outcomes)
        {
            return new Progress(total, 0, 0, 0, 0, 0, 0, 0, startedNanos).plus(outcomes);
        }

        Progress plus(List<FileOutcome> outcomes)
        {
            Progress next = this;
            for (FileOutcome outcome : outcomes) {
                next = next.plus(outcome);
            }
            return next;
        }

        Progress plus(FileOutcome o)
        {
            return new Progress(filesTotal, filesDone + 1,
                    filesLoaded + (o.outcome() == Outcome.LOADED || o.outcome() == Outcome.SUPERSEDED ? 1 : 0),
                    filesDuplicate + (o.outcome() == Outcome.DUPLICATE ? 1 : 0),
                    filesRejected + (o.outcome() == Outcome.REJECTED ? 1 : 0),
                    rowsRead + o.rowsRead(), rowsLoaded + o.rowsLoaded(), rowsRejected + o.rowsRejected(), startedNanos);
        }

        Duration elapsed()
        {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }

        double rowsPerSecond()
        {
            double seconds = elapsed().toNanos() / 1e9;
            return seconds <= 0 ? 0 : rowsRead / seconds;
        }
    }
}
