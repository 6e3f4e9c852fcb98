package io.bastion.dashboard.ingest;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import static io.bastion.sql.generated.default_schema.Tables.ARCHIVED_FILE;
import static io.bastion.sql.generated.default_schema.Tables.INGEST_RUN;
import static io.bastion.sql.generated.default_schema.Tables.QUARANTINE;
import static io.bastion.sql.generated.restricted.Tables.QUARANTINE_RAW_ROW;
import static org.jooq.Records.mapping;

/** The ingest_run and quarantine tables, read for the API and the home page. */
@Component
public final class IngestRunQueries
{
    public static final int LATEST_RUNS = 50;

    private final Warehouse warehouse;

    public IngestRunQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The latest runs, newest first. */
    public List<IngestRun> latest(int limit)
    {
        return read(dsl -> dsl.select(INGEST_RUN.RUN_ID, INGEST_RUN.SOURCE, INGEST_RUN.STARTED_AT, INGEST_RUN.FINISHED_AT, INGEST_RUN.STATUS,
                        INGEST_RUN.FILES_TOTAL, INGEST_RUN.FILES_DONE, INGEST_RUN.FILES_LOADED, INGEST_RUN.FILES_DUPLICATE, INGEST_RUN.FILES_REJECTED,
                        INGEST_RUN.ROWS_READ, INGEST_RUN.ROWS_LOADED, INGEST_RUN.ROWS_REJECTED, INGEST_RUN.ROWS_PER_SECOND, INGEST_RUN.DURATION_MS,
                        INGEST_RUN.MESSAGE)
                .from(INGEST_RUN)
                .orderBy(INGEST_RUN.RUN_ID.desc())
                .limit(limit)
                .fetch(mapping(IngestRun::new)));
    }

    public boolean exists(long runId)
    {
        return read(dsl -> dsl.fetchExists(INGEST_RUN, INGEST_RUN.RUN_ID.eq(runId)));
    }

    /** The quarantine lines of a run, in file and row order: where and why, without the rows' personal data. */
    public List<QuarantineLine> quarantine(long runId)
    {
        return read(dsl -> dsl.select(QUARANTINE.FILE_ID, ARCHIVED_FILE.ORIGINAL_NAME, QUARANTINE.TABLE_NAME, QUARANTINE.ROW_NO, QUARANTINE.COLUMN_NAME,
                        QUARANTINE.RULE, QUARANTINE.VALUE, QUARANTINE.MESSAGE_ZH, QUARANTINE.MESSAGE_EN)
                .from(QUARANTINE)
                .leftJoin(ARCHIVED_FILE).on(ARCHIVED_FILE.FILE_ID.eq(QUARANTINE.FILE_ID))
                .where(QUARANTINE.RUN_ID.eq(runId))
                .orderBy(QUARANTINE.FILE_ID, QUARANTINE.TABLE_NAME, QUARANTINE.ROW_NO, QUARANTINE.COLUMN_NAME)
                .fetch(mapping(QuarantineLine::new)));
    }

    /**
     * The whole rows a run quarantined, as received, from the schema restricted: names and id numbers
     * included, so for admins only — never serve it where the quarantine is shown to branches.
     */
    public List<RawQuarantineRow> rawRows(long runId)
    {
        return read(dsl -> dsl.select(QUARANTINE_RAW_ROW.FILE_ID, ARCHIVED_FILE.ORIGINAL_NAME, QUARANTINE_RAW_ROW.TABLE_NAME, QUARANTINE_RAW_ROW.ROW_NO,
                        QUARANTINE_RAW_ROW.RAW_ROW)
                .from(QUARANTINE_RAW_ROW)
                .leftJoin(ARCHIVED_FILE).on(ARCHIVED_FILE.FILE_ID.eq(QUARANTINE_RAW_ROW.FILE_ID))
                .where(QUARANTINE_RAW_ROW.RUN_ID.eq(runId))
                .orderBy(QUARANTINE_RAW_ROW.FILE_ID, QUARANTINE_RAW_ROW.TABLE_NAME, QUARANTINE_RAW_ROW.ROW_NO)
                .fetch(mapping(RawQuarantineRow::new)));
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read ingestion runs", e);
        }
    }
}
