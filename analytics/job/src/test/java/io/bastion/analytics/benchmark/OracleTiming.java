package io.bastion.analytics.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL oracle's time on a warehouse file, opened read-only (its temporary tables are the connection's own): every
 * {@code oracle_X} view of a mart materialized once, as {@link AnalysisBenchmark} times it.
 * Run with: java -cp <analytics/job test classpath> io.bastion.analytics.benchmark.OracleTiming warehouse.duckdb
 */
public final class OracleTiming
{
    private OracleTiming() {}

    public static void main(String[] args)
            throws SQLException
    {
        if (args.length != 1) {
            System.err.println("用法 / usage: OracleTiming warehouse.duckdb");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0] + ";duckdb.read_only=true")) {
            List<String> views = AnalysisBenchmark.oracleViews(connection);
            double seconds = AnalysisBenchmark.oracleSeconds(connection, views);
            System.out.printf("oracle: %d views in %.1f s%n", views.size(), seconds);
        }
    }
}
