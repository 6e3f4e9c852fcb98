package io.bastion.analytics.benchmark;

import io.bastion.analytics.MartComparison;
import io.bastion.analytics.Sql;
import io.bastion.analytics.lake.MartLoad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether two analyses computed the same marts, row for row: every mart table of a reference warehouse (or every mart
 * folder of a job's output, {@code <folder>/<mart>/*.parquet}) against the same table of another warehouse (or folder), with
 * {@code EXCEPT ALL} both ways, duplicates counted and DOUBLE columns exact. Prints each mart's rows and differences;
 * exits with 1 when any differs. For a change that must not change a mart row (issue 13):
 * {@code java -cp <test classpath> io.bastion.analytics.benchmark.MartsEqual reference.duckdb|marts-folder candidate.duckdb|marts-folder}
 */
public final class MartsEqual
{
    private MartsEqual() {}

    public static void main(String[] args)
            throws SQLException
    {
        if (args.length != 2) {
            System.err.println("usage: MartsEqual <reference warehouse.duckdb | folder of mart folders> <candidate warehouse.duckdb | folder of mart folders>");
            System.exit(2);
        }
        Path reference = Path.of(args[0]).toAbsolutePath();
        Path candidate = Path.of(args[1]).toAbsolutePath();
        List<String> differences = new ArrayList<>();
        try (Connection connection = Sql.memory()) {
            boolean referenceWarehouse = !Files.isDirectory(reference);
            boolean warehouse = !Files.isDirectory(candidate);
            if (referenceWarehouse) {
                Sql.execute(connection, "ATTACH '" + literal(reference) + "' AS reference (READ_ONLY)");
            }
            if (warehouse) {
                Sql.execute(connection, "ATTACH '" + literal(candidate) + "' AS candidate (READ_ONLY)");
            }
            List<String> marts = referenceWarehouse
                    ? Sql.column(connection, "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'reference'"
                            + " AND table_schema = 'main' AND table_type = 'BASE TABLE' AND starts_with(table_name, 'mart_') ORDER BY table_name")
                    : martFolders(reference);
            long total = 0;
            for (String mart : marts) {
                String columns = referenceWarehouse
                        ? Sql.column(connection, "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'reference'"
                                        + " AND table_schema = 'main' AND table_name = '" + mart + "' ORDER BY ordinal_position").stream()
                                .filter(column -> !column.equals(MartLoad.ANALYSIS_ID) && !column.equals(MartLoad.COMPUTED_AT))
                                .map(column -> '"' + column + '"').collect(Collectors.joining(", "))
                        : "*";
                String left = referenceWarehouse ? "(SELECT " + columns + " FROM reference.main." + mart + ")"
                        : "(SELECT * FROM read_parquet('" + literal(reference.resolve(mart)) + "/*.parquet'))";
                String right = warehouse ? "(SELECT " + columns + " FROM candidate.main." + mart + ")"
                        : "(SELECT " + columns + " FROM read_parquet('" + literal(candidate.resolve(mart)) + "/*.parquet'))";
                long referenceRows = Sql.count(connection, "SELECT count(*) FROM " + left);
                long candidateRows = Sql.count(connection, "SELECT count(*) FROM " + right);
                Optional<MartComparison.Difference> difference = MartComparison.compareExactly(connection, mart, left, right);
                System.out.printf("| %s | %,d | %,d | %s |%n", mart, referenceRows, candidateRows,
                        difference.map(found -> found.onlyLeft() + " only in reference, " + found.onlyRight() + " only in candidate" + found.problem())
                                .orElse("0 differences"));
                difference.ifPresent(found -> differences.add(found.describe("reference", "candidate")));
                total += referenceRows;
            }
            System.out.printf("%d marts, %,d reference rows, %d differ%n", marts.size(), total, differences.size());
        }
        differences.forEach(System.out::println);
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** The mart folders of a job's output folder ({@code <folder>/mart_x/}). */
    private static List<String> martFolders(Path folder)
    {
        try (var children = Files.list(folder)) {
            return children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).filter(name -> name.startsWith("mart_"))
                    .sorted().toList();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String literal(Path path)
    {
        return path.toString().replace("'", "''");
    }
}
