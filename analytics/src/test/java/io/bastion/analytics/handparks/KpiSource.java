package io.bastion.analytics.handparks;

/**
 * The two independent implementations of every KPI (docs/kpi-catalogue.md): the SQL oracle's views
 * {@code oracle_X} and the Spark job's marts {@code mart_X}. A hand-park test reads a family through
 * this seam, so the same hand-worked numbers judge both.
 */
enum KpiSource
{
    /** The plain DuckDB views of sql/src/main/resources/db/migration/R__kpi_oracle.sql, always up to date. */
    ORACLE("oracle_", true),
    /**
     * The marts the Spark job loads. Not yet plugged in: when it is, implement
     * {@link HandParkWarehouse#analyzeWithSpark()} and set {@code pluggedIn} to true here.
     */
    SPARK("mart_", false);

    private final String prefix;
    private final boolean pluggedIn;

    KpiSource(String prefix, boolean pluggedIn)
    {
        this.prefix = prefix;
        this.pluggedIn = pluggedIn;
    }

    /** The relation holding a family's rows: {@code coverage} → {@code oracle_coverage} or {@code mart_coverage}. */
    String relation(String family)
    {
        return prefix + family;
    }

    boolean pluggedIn()
    {
        return pluggedIn;
    }

    /** What must run on a freshly ingested park before its rows can be read. */
    void prepare(HandParkWarehouse park)
    {
        if (this == SPARK) {
            park.analyzeWithSpark();
        }
    }
}
