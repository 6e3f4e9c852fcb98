package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Optional;

import static io.bastion.sql.generated.default_schema.Tables.ANALYSIS_RUN;
import static io.bastion.sql.generated.default_schema.Tables.FACT_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.INGEST_RUN;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

/** The analysis_run records: started, exported, computed, then done (inside the mart load), unchanged or failed. */
final class AnalysisRuns
{
    private static final String INTERRUPTED = "进程在分析运行中终止，指标保持上次完成的结果 / the process died during the analysis; the marts stay those of the last done run";

    private AnalysisRuns() {}

    /**
     * What the analysis reads, in one text: the last ingestion run that loaded files, every lake table's row count and the
     * settings the job is given. Equal fingerprints mean equal marts.
     */
    static String fingerprint(Connection connection, String settings)
    {
        DSLContext dsl = Warehouse.dsl(connection);
        StringBuilder fingerprint = new StringBuilder("ingest_run=")
                .append(dsl.select(coalesce(max(INGEST_RUN.RUN_ID), val(0L))).from(INGEST_RUN).where(INGEST_RUN.FILES_LOADED.gt(0)).fetchSingle().value1());
        for (String lakeTable : LakeExport.TABLES) {
            fingerprint.append(';').append(lakeTable).append('=').append(dsl.fetchCount(table(name("main", lakeTable))));
        }
        return fingerprint.append(';').append(settings).toString();
    }

    /** The last run whose marts are the current ones. */
    static Optional<DoneRun> lastDone(Connection connection)
    {
        return Warehouse.dsl(connection).select(ANALYSIS_RUN.ANALYSIS_ID, ANALYSIS_RUN.INPUT_FINGERPRINT, ANALYSIS_RUN.JOB_SETTINGS).from(ANALYSIS_RUN)
                .where(ANALYSIS_RUN.STATUS.eq(RunStatus.DONE.code()))
                .orderBy(ANALYSIS_RUN.ANALYSIS_ID.desc()).limit(1)
                .fetchOptional(record -> new DoneRun(record.value1(), record.value2(), record.value3()));
    }

    /** The last done run: its id, input fingerprint and job settings (blank for runs before incremental analysis). */
    record DoneRun(long analysisId, String fingerprint, String jobSettings) {}

    /** The first and last analysed month (of the current submissions), if there are any. */
    static Optional<Record2<Integer, Integer>> analysedMonths(Connection connection)
    {
        Record2<Integer, Integer> months = Warehouse.dsl(connection).select(min(FACT_SUBMISSION.MONTH_KEY), max(FACT_SUBMISSION.MONTH_KEY))
                .from(FACT_SUBMISSION).where(FACT_SUBMISSION.IS_CURRENT).fetchSingle();
        return months.value1() == null ? Optional.empty() : Optional.of(months);
    }

    /** Records a new run with the given status; returns its id. Runs are numbered in this process under the runner's lock. */
    static long start(Connection connection, RunStatus status, Trigger trigger, String sparkMaster, String fingerprint)
    {
        DSLContext dsl = Warehouse.dsl(connection);
        long analysisId = dsl.select(coalesce(max(ANALYSIS_RUN.ANALYSIS_ID), val(0L))).from(ANALYSIS_RUN).fetchSingle().value1() + 1;
        dsl.insertInto(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.ANALYSIS_ID, analysisId)
                .set(ANALYSIS_RUN.STARTED_AT, LocalDateTime.now())
                .set(ANALYSIS_RUN.STATUS, status.code())
                .set(ANALYSIS_RUN.TRIGGER, trigger.code())
                .set(ANALYSIS_RUN.SPARK_MASTER, sparkMaster)
                .set(ANALYSIS_RUN.INPUT_FINGERPRINT, fingerprint)
                .execute();
        return analysisId;
    }

    static void unchanged(Connection connection, long analysisId, String message)
    {
        finish(connection, analysisId, RunStatus.UNCHANGED, message);
    }

    static void exported(Connection connection, long analysisId, long exportMs, Optional<Record2<Integer, Integer>> months)
    {
        Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.EXPORT_MS, exportMs)
                .set(ANALYSIS_RUN.FIRST_MONTH, months.map(Record2::value1).orElse(null))
                .set(ANALYSIS_RUN.LAST_MONTH, months.map(Record2::value2).orElse(null))
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId))
                .execute();
    }

    static void planned(Connection connection, long analysisId, String jobSettings, AnalysisPlan plan)
    {
        Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.JOB_SETTINGS, jobSettings)
                .set(ANALYSIS_RUN.FROM_MONTH, plan.fromMonth().isPresent() ? plan.fromMonth().getAsInt() : null)
                .set(ANALYSIS_RUN.PLAN, plan.reason())
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId))
                .execute();
    }

    static void computed(Connection connection, long analysisId, long sparkMs)
    {
        Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.SPARK_MS, sparkMs)
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId))
                .execute();
    }

    /** Marks the run done; called inside the mart load's transaction, so the marts and their run commit together. */
    static void done(Connection connection, long analysisId, long loadMs, long martRows)
    {
        int updated = Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.STATUS, RunStatus.DONE.code())
                .set(ANALYSIS_RUN.FINISHED_AT, LocalDateTime.now())
                .set(ANALYSIS_RUN.LOAD_MS, loadMs)
                .set(ANALYSIS_RUN.MART_ROWS, martRows)
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId).and(ANALYSIS_RUN.STATUS.eq(RunStatus.RUNNING.code())))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("分析批次 " + analysisId + " 不存在或不在运行中 / analysis run " + analysisId + " is not recorded as running");
        }
    }

    static void failed(Connection connection, long analysisId, String message, long sparkMs)
    {
        computed(connection, analysisId, sparkMs);
        finish(connection, analysisId, RunStatus.FAILED, message);
    }

    /** Runs left running by a process that died; only one process opens the warehouse, so they cannot still be running. */
    static int markInterrupted(Connection connection)
    {
        return Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.STATUS, RunStatus.FAILED.code())
                .set(ANALYSIS_RUN.FINISHED_AT, LocalDateTime.now())
                .set(ANALYSIS_RUN.MESSAGE, INTERRUPTED)
                .where(ANALYSIS_RUN.STATUS.eq(RunStatus.RUNNING.code()))
                .execute();
    }

    static RunStatus status(Connection connection, long analysisId)
    {
        return RunStatus.ofCode(Warehouse.dsl(connection).select(ANALYSIS_RUN.STATUS).from(ANALYSIS_RUN)
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId)).fetchSingle(ANALYSIS_RUN.STATUS));
    }

    private static void finish(Connection connection, long analysisId, RunStatus status, String message)
    {
        Warehouse.dsl(connection).update(ANALYSIS_RUN)
                .set(ANALYSIS_RUN.STATUS, status.code())
                .set(ANALYSIS_RUN.FINISHED_AT, LocalDateTime.now())
                .set(ANALYSIS_RUN.MESSAGE, message)
                .where(ANALYSIS_RUN.ANALYSIS_ID.eq(analysisId))
                .execute();
    }
}
