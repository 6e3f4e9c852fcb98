package io.bastion.dashboard.analysis;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.List;

import static io.bastion.sql.generated.default_schema.Tables.ANALYSIS_RUN;
import static org.jooq.Records.mapping;

/** The analysis_run table, read for the home page. */
@Component
public final class AnalysisRunQueries
{
    private final Warehouse warehouse;

    public AnalysisRunQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The latest runs, newest first. */
    public List<AnalysisRun> latest(int limit)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return Warehouse.dsl(connection)
                    .select(ANALYSIS_RUN.ANALYSIS_ID, ANALYSIS_RUN.STARTED_AT, ANALYSIS_RUN.FINISHED_AT, ANALYSIS_RUN.STATUS, ANALYSIS_RUN.TRIGGER,
                            ANALYSIS_RUN.SPARK_MASTER, ANALYSIS_RUN.FIRST_MONTH, ANALYSIS_RUN.LAST_MONTH, ANALYSIS_RUN.EXPORT_MS, ANALYSIS_RUN.SPARK_MS,
                            ANALYSIS_RUN.LOAD_MS, ANALYSIS_RUN.MART_ROWS, ANALYSIS_RUN.MESSAGE)
                    .from(ANALYSIS_RUN)
                    .orderBy(ANALYSIS_RUN.ANALYSIS_ID.desc())
                    .limit(limit)
                    .fetch(mapping(AnalysisRun::new));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read analysis runs", e);
        }
    }
}
