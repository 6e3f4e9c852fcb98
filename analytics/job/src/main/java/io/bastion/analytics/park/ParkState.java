package io.bastion.analytics.park;

import io.bastion.analytics.job.AnalysisSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;

/**
 * The park's state at the end of every analysed month, as docs/kpi-catalogue.md §Shared definitions defines it:
 * active organizations and their latest reports, the people counted, subtrees, active enterprises and coverage links.
 * Every dataset is computed once and cached; the mart families read them from here.
 */
public final class ParkState
{
    public static final String PARK = "全园区";
    public static final String FULL_MEMBER = "正式党员";
    public static final String PROBATIONARY_MEMBER = "预备党员";
    private static final String ROSTER = "fact_person_month";

    /** The lake table of the last done run's first coverage (unit_code, first_covered_month), read by a recomputation from a month. */
    public static final String PREVIOUS_FIRST_COVERAGE = "previous_first_coverage";
    /**
     * The lake table of the last done run's admission stock (month_key, scope_kind, scope_code, stage, stock), read by a
     * recomputation from a month for the months before it.
     */
    public static final String PREVIOUS_ADMISSION_STOCK = "previous_admission_stock";
    /**
     * The lake table of the last done run's organization findings (mart_procedure_finding's rows without a person),
     * read by a recomputation from a month for the months before it.
     */
    public static final String PREVIOUS_ORGANIZATION_FINDINGS = "previous_organization_findings";

    private final SparkSession spark;
    private final String lake;
    private final AnalysisSettings settings;
    private final Map<String, Dataset<Row>> tables;
    private final Map<String, Dataset<Row>> derived = new HashMap<>();
    private final ParkState whole;
    private final OptionalInt recomputedFrom;

    /** The park over every analysed month. */
    public ParkState(SparkSession spark, String lake, AnalysisSettings settings)
    {
        this.spark = requireNonNull(spark, "spark is null");
        this.lake = requireNonNull(lake, "lake is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.tables = new HashMap<>();
        this.whole = this;
        this.recomputedFrom = OptionalInt.empty();
    }

    private ParkState(ParkState whole, int from)
    {
        this.spark = whole.spark;
        this.lake = whole.lake;
        this.settings = whole.settings;
        this.tables = whole.tables;
        this.whole = whole;
        this.recomputedFrom = OptionalInt.of(from);
    }

    /**
     * The park over the months a recomputation from month {@code from} (yyyymm) needs: from {@link #windowStart} on, so
     * that every mart row of {@code from} and later months is computed as over all months (a month's M−1 and its whole
     * quarter are there). Rows of earlier months it computes are incomplete and must not be kept. The lake's tables are
     * shared with this park's.
     */
    public ParkState from(int from)
    {
        if (this != whole) {
            throw new IllegalStateException("已是从 " + recomputedFrom.getAsInt() + " 起的重算 / already a recomputation from " + recomputedFrom.getAsInt());
        }
        return new ParkState(this, from);
    }

    /**
     * {@code rows} of a mart written whole, with the part that reads month-by-month state taken from the last done run
     * before the recomputed months: in a recomputation from F, the rows of {@code rows} whose {@code month} is F or later
     * and those of the lake table {@code previous} (the same columns) before F; otherwise {@code rows}.
     */
    public Dataset<Row> withLastRunBefore(Dataset<Row> rows, String previous, String month)
    {
        if (recomputedFrom.isEmpty()) {
            return rows;
        }
        int from = recomputedFrom.getAsInt();
        return rows.where(col(month).geq(from)).unionByName(table(previous).where(col(month).lt(from)));
    }

    /** The park over every analysed month (this one unless it is a recomputation from a month). */
    public ParkState whole()
    {
        return whole;
    }

    /** The month (yyyymm) from which the marts are recomputed; empty when every month is. */
    public OptionalInt recomputedFrom()
    {
        return recomputedFrom;
    }

    /**
     * The first month a recomputation from {@code from} computes: the month before it (a month's change reads M−1) or,
     * if earlier, the first month of its quarter (a quarter's marts read all three of its months).
     */
    public static int windowStart(int from)
    {
        int year = from / 100;
        int month = from % 100;
        int before = month == 1 ? (year - 1) * 100 + 12 : from - 1;
        int quarterStart = year * 100 + (month - 1) / 3 * 3 + 1;
        return Math.min(before, quarterStart);
    }

    public SparkSession spark()
    {
        return spark;
    }

    public AnalysisSettings settings()
    {
        return settings;
    }

    /**
     * A warehouse table as exported to the lake. Cached when read once it is read again (several families read the
     * dimensions, submissions and admission events), except the roster, the largest table, whose each use reads only
     * the columns it needs.
     */
    public Dataset<Row> table(String name)
    {
        return tables.computeIfAbsent(name, table -> {
            Dataset<Row> rows = spark.read().parquet(lake + "/" + table);
            return table.equals(ROSTER) ? rows : rows.cache();
        });
    }

    /**
     * A dataset derived from the park that more than one mart family reads ({@code AdmissionDates}), computed and
     * cached once under {@code name}.
     */
    public Dataset<Row> shared(String name, java.util.function.Supplier<Dataset<Row>> computation)
    {
        return cached(name, computation);
    }

    /**
     * The months computed: every analysed month ({@link #allMonths()}), or in a recomputation from a month those from its
     * {@link #windowStart} on. Columns as {@link #allMonths()}.
     */
    public Dataset<Row> months()
    {
        if (recomputedFrom.isEmpty()) {
            return allMonths();
        }
        return cached("months", () -> whole.allMonths().where(col("month_key").geq(windowStart(recomputedFrom.getAsInt()))));
    }

    /**
     * The analysed months: from the first to the last month of the current submissions, also in a recomputation.
     * Columns: month_key, month, year, quarter_label, month_of_year, first_day, last_day, report_deadline.
     */
    public Dataset<Row> allMonths()
    {
        if (this != whole) {
            return whole.allMonths();
        }
        return cached("allMonths", () -> {
            Row range = table("fact_submission").where(col("is_current"))
                    .agg(min("month_key").as("first"), max("month_key").as("last"))
                    .first();
            Dataset<Row> months = table("dim_month");
            if (range.isNullAt(0)) {
                return months.where(lit(false));
            }
            return months.where(col("month_key").between(range.getInt(0), range.getInt(1)))
                    .select("month_key", "month", "year", "quarter_label", "month_of_year", "first_day", "last_day", "report_deadline");
        });
    }

    /**
     * Organizations active at each analysed month, with their attributes at that month.
     * Columns: month_key, org_code, org_name, org_kind, parent_code, unit_category, established_on, dissolved_on,
     * term_started_on, formation.
     */
    public Dataset<Row> organizations()
    {
        return cached("organizations", () -> {
            Dataset<Row> versions = table("dim_organization");
            Dataset<Row> months = months().select("month_key", "last_day");
            return months.join(versions, versions.col("valid_from_month").leq(months.col("month_key"))
                            .and(versions.col("valid_to_month").geq(months.col("month_key"))))
                    .where(col("established_on").leq(col("last_day"))
                            .and(col("dissolved_on").isNull().or(col("dissolved_on").gt(col("last_day")))))
                    .select(months.col("month_key"), col("org_code"), col("org_name"), col("org_kind"), col("parent_code"),
                            col("unit_category"), col("established_on"), col("dissolved_on"), col("term_started_on"), col("formation"));
        });
    }

    /**
     * Each active organization's latest current submission at or before each month.
     * Columns: month_key, org_code, report_month, submission_id, submitted_on.
     */
    public Dataset<Row> latestReports()
    {
        return cached("latestReports", () -> {
            Dataset<Row> submissions = table("fact_submission").where(col("is_current"))
                    .select(col("org_code").as("report_org"), col("month_key").as("report_month"), col("submission_id"), col("submitted_on"));
            Dataset<Row> carried = carriedForward(submissions, "report_org", "report_month");
            Dataset<Row> active = organizations().select("month_key", "org_code");
            return active.join(carried, active.col("month_key").equalTo(carried.col("carried_month"))
                            .and(active.col("org_code").equalTo(carried.col("report_org"))))
                    .select(active.col("month_key"), active.col("org_code"), col("report_month"), col("submission_id"), col("submitted_on"));
        });
    }

    /**
     * The people counted at each month: one row per person (the latest roster row of the active organizations'
     * latest reports), without those whose chosen row has a 减少原因. Only the columns the mart families read are kept: the
     * roster's other columns are neither read from Parquet nor cached (the admission dates come from the events, and the
     * new-member structure reads its roster rows itself).
     * Columns: month_key, person_key, org_code, stage, unit_code, education, mobile, managed, backbone.
     */
    public Dataset<Row> people()
    {
        return cached("people", () -> {
            // broadcast: planned as a sort-merge join, the whole roster was shuffled to meet a few rows per organization and month
            Dataset<Row> reports = broadcast(latestReports());
            Dataset<Row> roster = rosterOfMonths(latestReports().select(col("report_month").as("month_key")));
            Dataset<Row> rows = reports.join(roster, reports.col("org_code").equalTo(roster.col("org_code"))
                            .and(reports.col("report_month").equalTo(roster.col("month_key"))))
                    .select(reports.col("month_key"), roster.col("person_key"), reports.col("org_code"), reports.col("report_month"),
                            reports.col("submitted_on"), reports.col("submission_id"), roster.col("stage"), roster.col("unit_code"),
                            roster.col("education"), roster.col("mobile"), roster.col("managed"), roster.col("backbone"),
                            roster.col("left_reason"));
            return onePerPerson(rows, movers(roster))
                    .where(col("left_reason").isNull())
                    .drop("left_reason", "report_month", "submitted_on", "submission_id");
        });
    }

    /**
     * Each person's row of each month among {@code rows} (the active organizations' latest reports' roster rows): the
     * later report month, then the later 报送日期, then the larger submission. A person is on one roster of a month but
     * for the few on several (moving between organizations), and only someone on the rosters of two organizations
     * ({@code movers}: a column person_key) can be: only their rows are counted per month and person, and those found
     * more than once ranked, their chosen submission broadcast to the wide rows, which are neither shuffled nor sorted.
     * Ranking every row instead sorted the whole roster twice; counting every row shuffled it once.
     */
    private static Dataset<Row> onePerPerson(Dataset<Row> rows, Dataset<Row> movers)
    {
        String[] key = {"month_key", "person_key"};
        Dataset<Row> keys = rows.select("month_key", "person_key", "report_month", "submitted_on", "submission_id")
                .join(broadcast(movers), new String[] {"person_key"}, "left_semi");
        Dataset<Row> onSeveral = keys.groupBy("month_key", "person_key").agg(count(lit(1)).as("rosters")).where(col("rosters").gt(1))
                .select("month_key", "person_key");
        Dataset<Row> chosen = latest(keys.join(broadcast(onSeveral), key, "left_semi"), Window.partitionBy("month_key", "person_key")
                        .orderBy(col("report_month").desc(), col("submitted_on").desc(), col("submission_id").desc()))
                .select(col("month_key"), col("person_key"), col("submission_id").as("chosen_submission"));
        return rows.join(broadcast(chosen), key, "left")
                .where(col("chosen_submission").isNull().or(col("chosen_submission").equalTo(col("submission_id"))))
                .drop("chosen_submission");
    }

    /**
     * The people on the rosters of more than one organization among {@code roster} (roster rows; a roster is one
     * organization's of one month, a person on it once). Column: person_key. Each person's distinct organizations are
     * counted after a partial aggregation per task, so a few rows per person are shuffled, not one per month.
     */
    private static Dataset<Row> movers(Dataset<Row> roster)
    {
        return roster.select("person_key", "org_code").distinct()
                .groupBy("person_key").agg(count(lit(1)).as("organizations"))
                .where(col("organizations").gt(1))
                .select("person_key");
    }

    /**
     * The roster rows (fact_person_month) of the months in the column month_key of {@code months}, a small dataset
     * collected here. The months are pushed down to the Parquet reader as a filter, and the roster's row groups are in
     * the order the warehouse loaded them, month by month, so a recomputation reads the row groups of its few months
     * instead of the whole history; over every month the filter keeps every row.
     */
    public Dataset<Row> rosterOfMonths(Dataset<Row> months)
    {
        return table(ROSTER).where(col("month_key").isin(distinctValues(months, "month_key")));
    }

    /**
     * The distinct non-null values of {@code column} in {@code rows}, a small dataset, collected to the driver: for a
     * filter ({@code isin}) that Spark pushes down to the Parquet reader, which a join's values never are.
     */
    public static Object[] distinctValues(Dataset<Row> rows, String column)
    {
        return rows.select(column).distinct().collectAsList().stream()
                .filter(row -> !row.isNullAt(0))
                .map(row -> row.get(0))
                .toArray();
    }

    /** Members (正式党员 and 预备党员) among {@link #people()}. */
    public Dataset<Row> members()
    {
        return people().where(col("stage").isin(FULL_MEMBER, PROBATIONARY_MEMBER));
    }

    /**
     * Subtree membership at each month: every active organization under each active 党委 or 党总支 (itself included).
     * Columns: month_key, root_code, org_code.
     */
    public Dataset<Row> subtrees()
    {
        return cached("subtrees", () -> Subtrees.of(organizations()));
    }

    /**
     * Per active organization and month, the roots of the subtrees holding it (from {@link #subtrees()}), for
     * {@link Scopes#parkAndSubtrees}. Columns: month_key, org_code, subtree_roots (an array of root_code).
     */
    public Dataset<Row> subtreeRoots()
    {
        return cached("subtreeRoots", () -> Subtrees.roots(subtrees()));
    }

    /**
     * Enterprises active at each month, from their latest registry row at or before it.
     * Columns: month_key, unit_code, unit_name, unit_category, industry, moved_in_on, moved_out_on, has_union,
     * has_youth_league, instructor.
     */
    public Dataset<Row> enterprises()
    {
        return cached("enterprises", () -> {
            Dataset<Row> registry = table("fact_enterprise_month").withColumnRenamed("month_key", "registry_month");
            Dataset<Row> carried = carriedForward(registry, "unit_code", "registry_month");
            Dataset<Row> months = months().select("month_key", "last_day");
            return carried.join(months, carried.col("carried_month").equalTo(months.col("month_key")))
                    .where(col("moved_in_on").leq(col("last_day"))
                            .and(col("moved_out_on").isNull().or(col("moved_out_on").gt(col("last_day")))))
                    .select("month_key", "unit_code", "unit_name", "unit_category", "industry", "moved_in_on", "moved_out_on",
                            "has_union", "has_youth_league", "instructor");
        });
    }

    /**
     * Coverage links of the active organizations' latest reports at each month.
     * Columns: month_key, org_code, unit_code, attached.
     */
    public Dataset<Row> coverageLinks()
    {
        return cached("coverageLinks", () -> {
            Dataset<Row> reports = latestReports();
            Dataset<Row> links = table("fact_coverage_link");
            return reports.join(links, reports.col("org_code").equalTo(links.col("org_code"))
                            .and(reports.col("report_month").equalTo(links.col("month_key"))))
                    .select(reports.col("month_key"), reports.col("org_code"), links.col("unit_code"), links.col("attached"));
        });
    }

    /**
     * Each row at every analysed month from its own {@code month} up to the month before its key's next row, in a new
     * column carried_month: for every key and analysed month, the key's latest row at or before that month. Each row
     * meets the few analysed months once, where ranking every earlier row of a key at every month grows with the
     * square of the months.
     */
    private Dataset<Row> carriedForward(Dataset<Row> rows, String key, String month)
    {
        Dataset<Row> spans = reachingComputedMonths(rows, key, month)
                .withColumn("next_month", lead(col(month), 1).over(Window.partitionBy(key).orderBy(col(month))));
        return atAnalysedMonths(spans, month, "next_month", "carried_month").drop("next_month");
    }

    /**
     * The rows of a history that can be a key's latest at a computed month: in a recomputation, the rows from the first
     * computed month on and each key's rows of its last month before it (a per-key maximum and a broadcast semi-join, so
     * that the older history is neither shuffled nor ranked); otherwise every row. Ranking what this returns per key
     * by {@code month} gives the same latest row at every computed month as ranking every row.
     */
    public Dataset<Row> reachingComputedMonths(Dataset<Row> rows, String key, String month)
    {
        if (recomputedFrom.isEmpty()) {
            return rows;
        }
        int first = windowStart(recomputedFrom.getAsInt());
        Dataset<Row> before = rows.where(col(month).lt(first));
        Dataset<Row> lastBefore = before.groupBy(key).agg(max(month).as(month));
        return before.join(broadcast(lastBefore), new String[] {key, month}, "left_semi").unionByName(rows.where(col(month).geq(first)));
    }

    /**
     * Each row once per analysed month from its month {@code from} up to the month before {@code until} (blank: no
     * end), that month in a new column {@code as}. The months each row spans are listed (an exploded sequence, clipped to
     * the analysed range) and joined on equality, rather than every row compared with every month in a range join.
     */
    public Dataset<Row> atAnalysedMonths(Dataset<Row> rows, String from, String until, String as)
    {
        Dataset<Row> analysed = months().select(col("month_key").as(as));
        Dataset<Row> bounds = analysed.agg(min(as).as("first_analysed_month"), max(as).as("last_analysed_month"));
        Column last = monthIndex(col("last_analysed_month"));
        Column start = greatest(monthIndex(col(from)), monthIndex(col("first_analysed_month")));
        Column end = when(col(until).isNull(), last).otherwise(least(monthIndex(col(until)).minus(1), last));
        return rows.crossJoin(broadcast(bounds))
                .withColumn("span_start", start)
                .withColumn("span_end", end)
                .where(col("span_start").leq(col("span_end")))
                .withColumn("span_month", explode(sequence(col("span_start"), col("span_end"))))
                .withColumn(as, monthKey(col("span_month")))
                .drop("first_analysed_month", "last_analysed_month", "span_start", "span_end", "span_month")
                .join(broadcast(analysed), as);
    }

    /** Months since year 0 of a yyyymm key, so that two keys subtract to the months between them. */
    public static Column monthIndex(Column monthKey)
    {
        return floor(monthKey.divide(100)).multiply(12).plus(monthKey.mod(100));
    }

    /** The yyyymm key of a {@link #monthIndex}. */
    private static Column monthKey(Column monthIndex)
    {
        Column zeroBased = monthIndex.minus(1);
        return floor(zeroBased.divide(12)).multiply(100).plus(zeroBased.mod(12)).plus(1).cast("int");
    }

    /** Keeps the first row of each window partition: each key's latest row when the window orders newest first. */
    public static Dataset<Row> latest(Dataset<Row> rows, org.apache.spark.sql.expressions.WindowSpec order)
    {
        Column rank = row_number().over(order);
        return rows.withColumn("rank_in_window", rank).where(col("rank_in_window").equalTo(1)).drop("rank_in_window");
    }

    private Dataset<Row> cached(String name, java.util.function.Supplier<Dataset<Row>> computation)
    {
        Dataset<Row> dataset = derived.get(name);
        if (dataset == null) {
            dataset = computation.get().cache();
            derived.put(name, dataset);
        }
        return dataset;
    }
}
