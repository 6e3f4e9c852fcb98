package io.bastion.sql;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL oracle (R__kpi_oracle_*.sql) mirrors the marts (V3__analysis_marts.sql): every mart_X has a view oracle_X
 * with the same columns, in the same order and of the same types, without the run stamps analysis_id and computed_at,
 * so a test can compare the two with a plain EXCEPT. Needs no data: an empty, freshly migrated warehouse.
 */
final class OracleViewsTest
{
    private static final List<String> STAMPS = List.of("analysis_id", "computed_at");
    private static final String SEPARATOR = " — ";

    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type
            FROM duckdb_columns()
            WHERE database_name = current_database()
              AND schema_name = 'main'
              AND (table_name LIKE 'mart\\_%' ESCAPE '\\' OR table_name LIKE 'oracle\\_%' ESCAPE '\\')
            ORDER BY table_name, column_index
            """;
    private static final String VIEWS = """
            SELECT view_name, comment
            FROM duckdb_views()
            WHERE database_name = current_database()
              AND schema_name = 'main'
              AND view_name LIKE 'oracle\\_%' ESCAPE '\\'
            ORDER BY view_name
            """;

    @TempDir
    static Path directory;

    private static Map<String, List<Column>> columnsByTable;
    private static Map<String, String> commentByView;
    private static Map<String, Long> rowsByView;

    @BeforeAll
    static void describeAFreshWarehouse()
    {
        try (Warehouse warehouse = Warehouse.open(directory.resolve("warehouse.duckdb"));
                Connection connection = warehouse.connect();
                Statement statement = connection.createStatement()) {
            columnsByTable = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(COLUMNS)) {
                while (rows.next()) {
                    columnsByTable.computeIfAbsent(rows.getString("table_name"), table -> new ArrayList<>())
                            .add(new Column(rows.getString("column_name"), rows.getString("data_type")));
                }
            }
            commentByView = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(VIEWS)) {
                while (rows.next()) {
                    commentByView.put(rows.getString("view_name"), String.valueOf(rows.getString("comment")));
                }
            }
            rowsByView = new LinkedHashMap<>();
            for (String view : commentByView.keySet()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + view)) {
                    rows.next();
                    rowsByView.put(view, rows.getLong(1));
                }
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("describe the marts and the oracle views", e);
        }
    }

    @Test
    void everyMartHasAnOracleViewWithItsColumnsInOrderWithoutTheStamps()
    {
        List<String> marts = columnsByTable.keySet().stream().filter(table -> table.startsWith("mart_")).toList();
        assertThat(marts).hasSize(26);
        for (String mart : marts) {
            String oracle = "oracle_" + mart.substring("mart_".length());
            List<Column> expected = columnsByTable.get(mart).stream().filter(column -> !STAMPS.contains(column.name())).toList();
            assertThat(columnsByTable).as("view %s for table %s", oracle, mart).containsKey(oracle);
            assertThat(columnsByTable.get(oracle)).as("columns of %s against %s", oracle, mart).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void commentsEveryOracleViewInChineseAndEnglish()
    {
        assertThat(commentByView).isNotEmpty();
        commentByView.forEach((view, comment) -> assertThat(comment).as("COMMENT ON VIEW %s", view).contains(SEPARATOR));
    }

    @Test
    void everyOracleViewRunsAndIsEmptyOnAnEmptyWarehouse()
    {
        assertThat(rowsByView).isNotEmpty().allSatisfy((view, rows) -> assertThat(rows).as("rows of %s", view).isZero());
    }

    private record Column(String name, String dataType)
    {
        Column
        {
            requireNonNull(name, "name is null");
            requireNonNull(dataType, "dataType is null");
        }
    }
}
