package io.bastion.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders docs/data-dictionary.md from the comments of a freshly migrated warehouse and checks the
 * committed file matches, so the dictionary cannot drift from the schema.
 *
 * <p>After changing a migration, regenerate the file by setting {@code BASTION_WRITE_DOCS=true}
 * as an environment variable or system property, for example
 * {@code BASTION_WRITE_DOCS=true ./mvnw -pl sql test -Dtest=DataDictionaryTest}; the test then
 * writes the file instead of comparing it.
 */
final class DataDictionaryTest
{
    private static final Path DICTIONARY = Path.of("..", "docs", "data-dictionary.md").toAbsolutePath().normalize();
    private static final String SEPARATOR = " — ";

    private static final String TABLES = """
            SELECT schema_name, table_name, comment
            FROM duckdb_tables()
            WHERE database_name = current_database()
              AND schema_name IN ('main', 'restricted')
              AND table_name <> 'flyway_schema_history'
            ORDER BY schema_name, table_name
            """;
    private static final String COLUMNS = """
            SELECT c.schema_name, c.table_name, c.column_name, c.comment, c.data_type, c.is_nullable
            FROM duckdb_columns() c
            JOIN duckdb_tables() t ON t.table_oid = c.table_oid
            WHERE t.database_name = current_database()
              AND t.schema_name IN ('main', 'restricted')
              AND t.table_name <> 'flyway_schema_history'
            ORDER BY c.schema_name, c.table_name, c.column_index
            """;

    @TempDir
    Path directory;

    @Test
    void commentsEveryTableAndColumnInChineseAndEnglish()
    {
        List<Table> tables = describeWarehouse();
        assertThat(tables).extracting(Table::name).contains("ingest_run", "restricted.person_identity");
        for (Table table : tables) {
            assertThat(table.comment()).as("COMMENT ON TABLE %s", table.name()).contains(SEPARATOR);
            for (Column column : table.columns()) {
                assertThat(column.comment()).as("COMMENT ON COLUMN %s.%s", table.name(), column.name()).contains(SEPARATOR);
            }
        }
    }

    @Test
    void committedDictionaryMatchesTheWarehouseComments()
            throws IOException
    {
        String rendered = render(describeWarehouse());
        if (writeRequested()) {
            Files.createDirectories(DICTIONARY.getParent());
            Files.writeString(DICTIONARY, rendered, UTF_8);
            return;
        }
        assertThat(DICTIONARY)
                .as("%s is missing: run with BASTION_WRITE_DOCS=true to generate it", DICTIONARY)
                .isRegularFile();
        assertThat(Files.readString(DICTIONARY, UTF_8))
                .as("%s is out of date with the migrations: run with BASTION_WRITE_DOCS=true to regenerate it", DICTIONARY)
                .isEqualTo(rendered);
    }

    private static boolean writeRequested()
    {
        return Boolean.parseBoolean(System.getProperty("BASTION_WRITE_DOCS", System.getenv("BASTION_WRITE_DOCS")));
    }

    private List<Table> describeWarehouse()
    {
        try (Warehouse warehouse = Warehouse.open(directory.resolve("warehouse.duckdb"));
                Connection connection = warehouse.connect();
                Statement statement = connection.createStatement()) {
            Map<String, List<Column>> columnsByTable = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(COLUMNS)) {
                while (rows.next()) {
                    columnsByTable.computeIfAbsent(qualifiedName(rows), name -> new ArrayList<>())
                            .add(new Column(rows.getString("column_name"), comment(rows), rows.getString("data_type"), rows.getBoolean("is_nullable")));
                }
            }
            List<Table> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    String name = qualifiedName(rows);
                    tables.add(new Table(name, comment(rows), columnsByTable.getOrDefault(name, List.of())));
                }
            }
            return tables;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("describe the warehouse", e);
        }
    }

    private static String qualifiedName(ResultSet row)
            throws SQLException
    {
        String schema = row.getString("schema_name");
        String table = row.getString("table_name");
        return schema.equals("main") ? table : schema + "." + table;
    }

    private static String comment(ResultSet row)
            throws SQLException
    {
        String comment = row.getString("comment");
        return comment == null ? "" : comment;
    }

    private static String render(List<Table> tables)
    {
        StringBuilder markdown = new StringBuilder("""
                # 数据字典 — Data dictionary

                <!-- Generated by sql/src/test/java/io/bastion/sql/DataDictionaryTest.java from the warehouse's own
                     COMMENT ON statements; do not edit by hand. Change the migration, then regenerate:
                     BASTION_WRITE_DOCS=true ./mvnw -pl sql test -Dtest=DataDictionaryTest -->

                Every table and column of the warehouse (`./data/warehouse.duckdb`) with its Chinese name and
                English meaning, as the migrations in `sql/src/main/resources/db/migration` comment them.
                Tables in the schema `restricted` hold personal data and are readable by admins only.
                The rule codes in `quarantine.rule` are listed in [rules.md](rules.md).

                | 表 table | 中文名 | 说明 meaning |
                |---|---|---|
                """);
        for (Table table : tables) {
            markdown.append("| `%s` | %s | %s |\n".formatted(table.name(), cell(chinese(table.comment())), cell(english(table.comment()))));
        }
        for (Table table : tables) {
            markdown.append("\n## %s — %s\n\n%s\n\n".formatted(table.name(), chinese(table.comment()), english(table.comment())));
            markdown.append("| 列 column | 中文名 | 类型 type | 可空 nullable | 说明 meaning |\n");
            markdown.append("|---|---|---|---|---|\n");
            for (Column column : table.columns()) {
                markdown.append("| `%s` | %s | %s | %s | %s |\n".formatted(
                        column.name(),
                        cell(chinese(column.comment())),
                        column.dataType(),
                        column.nullable() ? "是" : "否",
                        cell(english(column.comment()))));
            }
        }
        return markdown.toString();
    }

    private static String chinese(String comment)
    {
        int separator = comment.indexOf(SEPARATOR);
        return separator < 0 ? comment : comment.substring(0, separator);
    }

    private static String english(String comment)
    {
        int separator = comment.indexOf(SEPARATOR);
        return separator < 0 ? "" : comment.substring(separator + SEPARATOR.length());
    }

    private static String cell(String text)
    {
        return text.replace("|", "\\|");
    }

    private record Table(String name, String comment, List<Column> columns)
    {
        Table
        {
            requireNonNull(name, "name is null");
            requireNonNull(comment, "comment is null");
            columns = List.copyOf(columns);
        }
    }

    private record Column(String name, String comment, String dataType, boolean nullable)
    {
        Column
        {
            requireNonNull(name, "name is null");
            requireNonNull(comment, "comment is null");
            requireNonNull(dataType, "dataType is null");
        }
    }
}
