package io.bastion.analytics.admissions;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.year;

/**
 * 新党员结构: the people admitted (joined_on) in each analysed month and in each year with analysed months, per scope
 * (park; subtree of the 预备党员 event's organization at the period's last analysed month): how many are 一线职工, under 35
 * on joined_on, women, 大学专科 or above.
 */
final class NewMemberStructure
{
    static final String FRONTLINE = "一线职工";
    static final String WOMAN = "女";
    static final String[] COLLEGE_OR_ABOVE = {"大学专科", "大学本科", "研究生"};

    private NewMemberStructure() {}

    static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> years = park.months().groupBy(col("year")).agg(max("month_key").as("scope_month"));
        Dataset<Row> events = admissions(park, years);
        Dataset<Row> months = park.months().select(col("month_key").as("scope_month"), col("month").as("period"), col("first_day"), col("last_day"));
        Dataset<Row> monthly = events.join(months, events.col("joined_on").between(months.col("first_day"), months.col("last_day")))
                .withColumn("period_kind", lit("month"))
                .drop("first_day", "last_day");
        Dataset<Row> yearly = events.join(years, year(events.col("joined_on")).equalTo(years.col("year")))
                .withColumn("period", col("year").cast("string"))
                .withColumn("period_kind", lit("year"))
                .drop("year");
        // the roster and the people are joined once, to both kinds of period
        Dataset<Row> periods = withPerson(park, events, monthly.unionByName(yearly));
        return Scopes.parkAndSubtrees(periods, park.subtreeRoots(), "scope_month", "org_code")
                .groupBy("period_kind", "period", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("new_members"),
                        Scopes.countWhere(col("job").equalTo(FRONTLINE)).as("frontline"),
                        Scopes.countWhere(col("joined_on").lt(add_months(col("birth_date"), 35 * 12))).as("under_35"),
                        Scopes.countWhere(col("gender").equalTo(WOMAN)).as("women"),
                        Scopes.countWhere(col("education").isin((Object[]) COLLEGE_OR_ABOVE)).as("college_or_above"))
                .select(col("period_kind"), col("period"), col(Scopes.KIND), col(Scopes.CODE),
                        col("new_members"), col("frontline"), col("under_35"), col("women"), col("college_or_above"),
                        rate(col("frontline"), col("new_members")).as("frontline_share"),
                        rate(col("under_35"), col("new_members")).as("under_35_share"),
                        rate(col("women"), col("new_members")).as("women_share"),
                        rate(col("college_or_above"), col("new_members")).as("college_share"));
    }

    /**
     * The 预备党员 events joined in the years of the computed months (the others fall in no period): person_key,
     * joined_on, org_code, submission_id.
     */
    private static Dataset<Row> admissions(ParkState park, Dataset<Row> years)
    {
        return park.table("fact_admission_event")
                .where(col("stage").equalTo(ParkState.PROBATIONARY_MEMBER)
                        .and(year(col("event_date")).isin(ParkState.distinctValues(years, "year"))))
                .select(col("person_key"), col("event_date").as("joined_on"), col("org_code"), col("submission_id"));
    }

    /**
     * {@code periods} (rows of {@code events} in their periods) with the job and education of the roster row of the
     * event's submission, and the person's gender and birth date.
     */
    private static Dataset<Row> withPerson(ParkState park, Dataset<Row> events, Dataset<Row> periods)
    {
        String[] rosterRow = {"submission_id", "person_key"};
        Dataset<Row> eventRows = broadcast(events.select("submission_id", "person_key"));
        // the roster of the events' submissions' months only, and of it only the events' rows, picked by a broadcast of
        // the few events: the left join alone would shuffle the whole roster
        Dataset<Row> submissionMonths = park.table("fact_submission").join(eventRows.select("submission_id").distinct(), "submission_id")
                .select("month_key");
        Dataset<Row> roster = park.rosterOfMonths(submissionMonths).select("submission_id", "person_key", "job", "education")
                .join(eventRows, rosterRow, "left_semi");
        Dataset<Row> people = park.table("dim_person").select("person_key", "gender", "birth_date");
        return periods.join(roster, rosterRow, "left")
                .join(people, new String[] {"person_key"}, "left")
                .drop("submission_id");
    }
}
