package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;

import java.sql.Connection;
import java.time.LocalDateTime;

import static io.bastion.sql.generated.default_schema.Tables.PARK_RULE;

/**
 * The park's own rules an analysis runs with, written into the warehouse's {@code park_rule}, where the SQL oracle's views
 * read them: so the oracle computes with the rules the Spark job is given, not with their defaults.
 */
final class ParkRules
{
    /** The name of bastion.analysis.party-lectures-per-quarter's rule, as R__kpi_oracle_05_organization_life.sql reads it. */
    static final String PARTY_LECTURES_PER_QUARTER = "party-lectures-per-quarter";

    private ParkRules() {}

    /** Records the 党课 rule, replacing what an earlier run recorded. */
    static void record(Connection connection, int partyLecturesPerQuarter)
    {
        LocalDateTime now = LocalDateTime.now();
        Warehouse.dsl(connection).insertInto(PARK_RULE)
                .set(PARK_RULE.RULE_NAME, PARTY_LECTURES_PER_QUARTER)
                .set(PARK_RULE.RULE_VALUE, partyLecturesPerQuarter)
                .set(PARK_RULE.RECORDED_AT, now)
                .onConflict(PARK_RULE.RULE_NAME)
                .doUpdate()
                .set(PARK_RULE.RULE_VALUE, partyLecturesPerQuarter)
                .set(PARK_RULE.RECORDED_AT, now)
                .execute();
    }
}
