package io.bastion.dashboard.scope;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.bastion.sql.generated.default_schema.Tables.ANALYSIS_RUN;

/** The months the marts hold: those of the latest analysis run that replaced them (status done). */
@Component
public final class AnalysedMonths
{
    private final Warehouse warehouse;
    private final DataVersion version;
    private volatile Kept kept;

    private record Kept(long analysis, List<Month> months)
    {
    }

    AnalysedMonths(Warehouse warehouse, DataVersion version)
    {
        this.warehouse = warehouse;
        this.version = version;
    }

    /** Oldest first; empty before the first analysis. Kept until the next analysis run commits. */
    public List<Month> months()
    {
        long analysis = version.current().analysis();
        Kept known = kept;
        if (known == null || known.analysis() != analysis) {
            known = new Kept(analysis, List.copyOf(read()));
            kept = known;
        }
        return known.months();
    }

    private List<Month> read()
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            var bounds = Warehouse.dsl(connection)
                    .select(ANALYSIS_RUN.FIRST_MONTH, ANALYSIS_RUN.LAST_MONTH)
                    .from(ANALYSIS_RUN)
                    .where(ANALYSIS_RUN.STATUS.eq("done"))
                    .orderBy(ANALYSIS_RUN.ANALYSIS_ID.desc())
                    .limit(1)
                    .fetchOptional();
            List<Month> months = new ArrayList<>();
            if (bounds.isEmpty() || bounds.get().value1() == null || bounds.get().value2() == null) {
                return months;
            }
            for (Month month = new Month(bounds.get().value1()); month.key() <= bounds.get().value2(); month = next(month)) {
                months.add(month);
            }
            return months;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("analysed months", e);
        }
    }

    private static Month next(Month month)
    {
        return month.monthOfYear() == 12 ? new Month((month.year() + 1) * 100 + 1) : new Month(month.key() + 1);
    }
}
