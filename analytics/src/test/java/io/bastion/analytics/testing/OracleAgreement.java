package io.bastion.analytics.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a family's marts have exactly their tables' columns and types, and the same rows as the SQL oracle's
 * views over the same warehouse. Prints each mart's row count and load time (computation included: Spark is lazy).
 */
public final class OracleAgreement
{
    private OracleAgreement() {}

    public static void assertAgrees(TestLake lake, Map<String, Dataset<Row>> marts)
    {
        MartCheck check = new MartCheck(lake);
        for (Map.Entry<String, Dataset<Row>> mart : new TreeMap<>(marts).entrySet()) {
            String name = mart.getKey();
            assertThat(MartCheck.actualColumns(mart.getValue()))
                    .as("columns of " + name)
                    .containsExactlyElementsOf(check.expectedColumns(name));
            long started = System.nanoTime();
            long rows = check.load(name, mart.getValue());
            long millis = (System.nanoTime() - started) / 1_000_000;
            MartCheck.Differences differences = check.compareWithOracle(name);
            System.out.printf("%s: %d rows in %d ms; oracle %d rows, %s%n", name, rows, millis, differences.oracleRows(),
                    differences.none() ? "equal" : "DIFFERENT");
            assertThat(differences.none()).as(differences.toString()).isTrue();
        }
    }
}
