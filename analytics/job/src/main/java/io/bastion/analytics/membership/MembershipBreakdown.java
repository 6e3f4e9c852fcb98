package io.bastion.analytics.membership;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** 党员构成: members at each month per scope (park, subtree) by the organization's unit category, age band and education. */
final class MembershipBreakdown
{
    static final String UNKNOWN = "未知";

    private MembershipBreakdown() {}

    /** {@code members}: month_key, person_key, org_code, unit_category, education (one row per member at M). */
    static Dataset<Row> of(ParkState park, Dataset<Row> members)
    {
        Dataset<Row> people = members
                .join(park.table("dim_person").select("person_key", "birth_date"), "person_key")
                .join(park.months().select("month_key", "last_day"), "month_key");
        // each member's three values in one pass: an array of (dimension, value) exploded, not three branches unioned
        Dataset<Row> values = people.select(col("month_key"), col("org_code"), explode(array(
                        dimension("unit_category", col("unit_category")),
                        dimension("age_band", ageBand(col("last_day"), col("birth_date"))),
                        dimension("education", col("education")))).as("pair"))
                .select(col("month_key"), col("org_code"), col("pair.dimension").as("dimension"), col("pair.value").as("value"));
        // counted per organization first, so that each organization's count, not each member, is placed in its scopes
        Dataset<Row> perOrganization = values.groupBy("month_key", "org_code", "dimension", "value").agg(count(lit(1)).as("members"));
        return Scopes.parkAndSubtrees(perOrganization, park.subtreeRoots(), "month_key", "org_code")
                .groupBy("month_key", Scopes.KIND, Scopes.CODE, "dimension", "value")
                .agg(sum("members").as("members"));
    }

    /** docs/kpi-catalogue.md §Dates and ages: the band of the age at {@code day}, 未知 without a birth date. */
    static Column ageBand(Column day, Column birthDate)
    {
        return when(birthDate.isNull(), lit(UNKNOWN))
                .when(day.lt(add_months(birthDate, 35 * 12)), lit("35岁以下"))
                .when(day.lt(add_months(birthDate, 46 * 12)), lit("35至45岁"))
                .when(day.lt(add_months(birthDate, 56 * 12)), lit("46至55岁"))
                .when(day.lt(add_months(birthDate, 61 * 12)), lit("56至60岁"))
                .otherwise(lit("61岁及以上"));
    }

    /** (dimension, value) of one member: {@code value}, or 未知 when it is blank. */
    private static Column dimension(String dimension, Column value)
    {
        Column known = when(Scopes.notBlank(value), value).otherwise(lit(UNKNOWN));
        return struct(lit(dimension).as("dimension"), known.as("value"));
    }
}
