package io.bastion.dashboard.runs;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.List;

import static io.bastion.sql.generated.default_schema.Tables.DIM_ENTERPRISE;
import static io.bastion.sql.generated.default_schema.Tables.DIM_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.FACT_ENTERPRISE_MONTH;
import static io.bastion.sql.generated.default_schema.Tables.FACT_GRADE;
import static io.bastion.sql.generated.default_schema.Tables.FACT_LIAISON_CONTACT;
import static io.bastion.sql.generated.default_schema.Tables.FACT_ORGANIZATION_LIFE;
import static io.bastion.sql.generated.default_schema.Tables.FACT_PERSON_MONTH;
import static io.bastion.sql.generated.default_schema.Tables.FACT_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.QUARANTINE;

/** Row counts of the warehouse's main tables, for the home page. */
@Component
final class TableCounts
{
    private static final List<Counted> TABLES = List.of(
            new Counted("支部报送", FACT_SUBMISSION),
            new Counted("党组织（含历史版本）", DIM_ORGANIZATION),
            new Counted("企业（含历史版本）", DIM_ENTERPRISE),
            new Counted("人员月度记录", FACT_PERSON_MONTH),
            new Counted("组织生活", FACT_ORGANIZATION_LIFE),
            new Counted("企业月度记录", FACT_ENTERPRISE_MONTH),
            new Counted("分类定级", FACT_GRADE),
            new Counted("联系点记录", FACT_LIAISON_CONTACT),
            new Counted("隔离区（问题行）", QUARANTINE));

    private final Warehouse warehouse;

    TableCounts(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    List<TableCount> counts()
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            DSLContext dsl = Warehouse.dsl(connection);
            return TABLES.stream().map(table -> new TableCount(table.label(), table.table().getName(), dsl.fetchCount(table.table()))).toList();
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("count tables", e);
        }
    }

    /** A table's Chinese label, its name, and how many rows it holds. */
    record TableCount(String label, String table, int rows) {}

    private record Counted(String label, Table<?> table) {}
}
