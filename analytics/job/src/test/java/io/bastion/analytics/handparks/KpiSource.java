package io.bastion.analytics.handparks;

/**
 * The two independent implementations of every KPI (docs/kpi-catalogue.md): the SQL oracle's views
 * {@code oracle_X} and the Spark job's marts {@code mart_X}. A hand-park test reads a family through
 * this seam, so the same hand-worked numbers judge both.
 */
enum KpiSource
{
    /** The plain DuckDB views of sql/src/main/resources/db/migration/R__kpi_oracle_*.sql, always up to date. */
    ORACLE("oracle_"),
    /** The marts the Spark job computes over the exported lake, loaded as the product loads them. */
    SPARK("mart_");

    private final String prefix;

    KpiSource(String prefix)
    {
        this.prefix = prefix;
    }

    /** The relation holding a family's rows: {@code coverage} → {@code oracle_coverage} or {@code mart_coverage}. */
    String relation(String family)
    {
        return prefix + family;
    }

    /** What must run on a freshly ingested park before its rows can be read. */
    void prepare(HandParkWarehouse park)
    {
        if (this == SPARK) {
            park.analyzeWithSpark();
        }
    }
}
