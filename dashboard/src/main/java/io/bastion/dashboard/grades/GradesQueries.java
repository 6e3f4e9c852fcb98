package io.bastion.dashboard.grades;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.bastion.sql.generated.default_schema.Tables.DIM_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.FACT_GRADE;
import static io.bastion.sql.generated.default_schema.Tables.MART_BACKWARD_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_DISTRIBUTION;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_MIGRATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** The grade marts (summary, distribution, migration, backward list) and, for any two periods, fact_grade itself. */
@Component
final class GradesQueries
{
    private final Rates rates;

    GradesQueries(Rates rates)
    {
        this.rates = rates;
    }

    /** A grading period and its last month (fact_grade.period_end_month). */
    record Period(String name, int endMonth)
    {
        /** The calendar quarter before: {@code 2025Q1} → {@code 2024Q4}. */
        String previousQuarter()
        {
            int year = Integer.parseInt(name.substring(0, 4));
            int quarter = name.charAt(5) - '0';
            return quarter == 1 ? (year - 1) + "Q4" : year + "Q" + (quarter - 1);
        }
    }

    /** One row of mart_grade_summary: the counts behind 先进率, 晋位率, 降级率, 后进转化率, new and gone. */
    record Summary(String period, String previousPeriod, long assessed, long good, long assessedBoth, long promoted, long demoted, long unchanged,
            long poorPrevious, long poorImproved, long newInPeriod, long goneAfterPrevious)
    {
        Rates.Fraction advanced()
        {
            return new Rates.Fraction(good, assessed);
        }

        Rates.Fraction promotion()
        {
            return new Rates.Fraction(promoted, assessedBoth);
        }

        Rates.Fraction demotion()
        {
            return new Rates.Fraction(demoted, assessedBoth);
        }

        Rates.Fraction poorConversion()
        {
            return new Rates.Fraction(poorImproved, poorPrevious);
        }
    }

    /** An organization graded in either of two periods, with both grades (empty when not graded then). */
    record Compared(String orgCode, Optional<String> orgName, Optional<String> parentCode, Optional<Grade> from, Optional<BigDecimal> fromScore,
            Optional<Grade> to, Optional<BigDecimal> toScore)
    {
        Change change()
        {
            return Change.of(from, to);
        }
    }

    /** An organization of mart_backward_organization: graded 较差 in the period. */
    record Backward(String orgCode, Optional<String> orgName, Optional<String> parentCode, Optional<BigDecimal> score, Optional<Grade> previous)
    {
    }

    /** Which organizations a period's figures and lists count: the park's, or a subtree's at the period's last month. */
    record Organizations(Optional<Set<String>> codes)
    {
        Condition condition(Field<String> orgCode)
        {
            return codes.map(set -> set.isEmpty() ? falseCondition() : orgCode.in(set)).orElse(trueCondition());
        }
    }

    /** Every grading period of fact_grade, oldest first. */
    List<Period> periods()
    {
        return rates.read(dsl -> dsl.selectDistinct(FACT_GRADE.PERIOD, FACT_GRADE.PERIOD_END_MONTH)
                .from(FACT_GRADE)
                .orderBy(FACT_GRADE.PERIOD)
                .fetch(row -> new Period(row.value1(), row.value2())));
    }

    /** mart_grade_summary of a scope for every period up to the given one, oldest first. */
    List<Summary> summaries(String scopeKind, String scopeCode, String upToPeriod)
    {
        return rates.read(dsl -> dsl.select(MART_GRADE_SUMMARY.PERIOD, MART_GRADE_SUMMARY.PREVIOUS_PERIOD, MART_GRADE_SUMMARY.ASSESSED,
                        MART_GRADE_SUMMARY.GOOD, MART_GRADE_SUMMARY.ASSESSED_BOTH, MART_GRADE_SUMMARY.PROMOTED, MART_GRADE_SUMMARY.DEMOTED,
                        MART_GRADE_SUMMARY.UNCHANGED, MART_GRADE_SUMMARY.POOR_PREVIOUS, MART_GRADE_SUMMARY.POOR_IMPROVED,
                        MART_GRADE_SUMMARY.NEW_IN_PERIOD, MART_GRADE_SUMMARY.GONE_AFTER_PREVIOUS)
                .from(MART_GRADE_SUMMARY)
                .where(MART_GRADE_SUMMARY.SCOPE_KIND.eq(scopeKind), MART_GRADE_SUMMARY.SCOPE_CODE.eq(scopeCode),
                        MART_GRADE_SUMMARY.PERIOD.le(upToPeriod))
                .orderBy(MART_GRADE_SUMMARY.PERIOD)
                .fetch(row -> new Summary(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(),
                        row.value8(), row.value9(), row.value10(), row.value11(), row.value12())));
    }

    /** mart_grade_distribution of a scope: organizations per grade for every period up to the given one. */
    Map<String, Map<Grade, Long>> distribution(String scopeKind, String scopeCode, String upToPeriod)
    {
        Map<String, Map<Grade, Long>> periods = new TreeMap<>();
        rates.read(dsl -> dsl.select(MART_GRADE_DISTRIBUTION.PERIOD, MART_GRADE_DISTRIBUTION.GRADE, MART_GRADE_DISTRIBUTION.ORGANIZATIONS)
                .from(MART_GRADE_DISTRIBUTION)
                .where(MART_GRADE_DISTRIBUTION.SCOPE_KIND.eq(scopeKind), MART_GRADE_DISTRIBUTION.SCOPE_CODE.eq(scopeCode),
                        MART_GRADE_DISTRIBUTION.PERIOD.le(upToPeriod))
                .fetch())
                .forEach(row -> Grade.fromChinese(row.value2()).ifPresent(grade ->
                        periods.computeIfAbsent(row.value1(), period -> zeroes()).put(grade, row.value3())));
        return periods;
    }

    /** The 4×4 matrix of mart_grade_migration for P−1 → P (zero cells included). */
    Map<Grade, Map<Grade, Long>> martMigration(String period, String scopeKind, String scopeCode)
    {
        Map<Grade, Map<Grade, Long>> matrix = emptyMatrix();
        rates.read(dsl -> dsl.select(MART_GRADE_MIGRATION.FROM_GRADE, MART_GRADE_MIGRATION.TO_GRADE, MART_GRADE_MIGRATION.ORGANIZATIONS)
                .from(MART_GRADE_MIGRATION)
                .where(MART_GRADE_MIGRATION.PERIOD.eq(period), MART_GRADE_MIGRATION.SCOPE_KIND.eq(scopeKind),
                        MART_GRADE_MIGRATION.SCOPE_CODE.eq(scopeCode))
                .fetch())
                .forEach(row -> put(matrix, row.value1(), row.value2(), row.value3()));
        return matrix;
    }

    /** The 4×4 matrix between any two periods, from fact_grade: organizations graded in both, counted by both grades. */
    Map<Grade, Map<Grade, Long>> gradedMigration(String from, String to, Organizations organizations)
    {
        var before = FACT_GRADE.as("before");
        var after = FACT_GRADE.as("after");
        Map<Grade, Map<Grade, Long>> matrix = emptyMatrix();
        rates.read(dsl -> dsl.select(before.GRADE, after.GRADE, count())
                .from(before)
                .join(after).on(after.ORG_CODE.eq(before.ORG_CODE))
                .where(before.PERIOD.eq(from), after.PERIOD.eq(to), organizations.condition(after.ORG_CODE))
                .groupBy(before.GRADE, after.GRADE)
                .fetch())
                .forEach(row -> put(matrix, row.value1(), row.value2(), row.value3().longValue()));
        return matrix;
    }

    /**
     * Every organization graded in the first period (if any) or the second, with both grades, from fact_grade; its name and
     * parent are those of its version at the last month of the later period it was graded in.
     */
    List<Compared> compared(Optional<Period> from, Period to, Organizations organizations)
    {
        Table<?> after = graded(to.name(), "after");
        Table<?> before = graded(from.map(Period::name).orElse(""), "before");
        Field<String> orgCode = coalesce(after.field(FACT_GRADE.ORG_CODE), before.field(FACT_GRADE.ORG_CODE)).as("org_code");
        Field<Integer> month = coalesce(after.field(FACT_GRADE.PERIOD_END_MONTH), before.field(FACT_GRADE.PERIOD_END_MONTH));
        return rates.read(dsl -> dsl.select(orgCode, DIM_ORGANIZATION.ORG_NAME, DIM_ORGANIZATION.PARENT_CODE,
                        before.field(FACT_GRADE.GRADE), before.field(FACT_GRADE.SCORE), after.field(FACT_GRADE.GRADE), after.field(FACT_GRADE.SCORE))
                .from(after)
                .fullOuterJoin(before).on(before.field(FACT_GRADE.ORG_CODE).eq(after.field(FACT_GRADE.ORG_CODE)))
                .leftJoin(DIM_ORGANIZATION).on(DIM_ORGANIZATION.ORG_CODE.eq(coalesce(after.field(FACT_GRADE.ORG_CODE), before.field(FACT_GRADE.ORG_CODE))),
                        month.between(DIM_ORGANIZATION.VALID_FROM_MONTH, DIM_ORGANIZATION.VALID_TO_MONTH))
                .where(organizations.condition(coalesce(after.field(FACT_GRADE.ORG_CODE), before.field(FACT_GRADE.ORG_CODE))))
                .orderBy(DIM_ORGANIZATION.ORG_NAME, orgCode)
                .fetch(row -> new Compared(row.get(orgCode), Optional.ofNullable(row.get(DIM_ORGANIZATION.ORG_NAME)),
                        Optional.ofNullable(row.get(DIM_ORGANIZATION.PARENT_CODE)), grade(row, before), score(row, before), grade(row, after),
                        score(row, after))));
    }

    /** mart_backward_organization of a period, lowest score first. */
    List<Backward> backward(String period, Organizations organizations)
    {
        return rates.read(dsl -> dsl.select(MART_BACKWARD_ORGANIZATION.ORG_CODE, MART_BACKWARD_ORGANIZATION.ORG_NAME,
                        MART_BACKWARD_ORGANIZATION.PARENT_CODE, MART_BACKWARD_ORGANIZATION.SCORE, MART_BACKWARD_ORGANIZATION.PREVIOUS_GRADE)
                .from(MART_BACKWARD_ORGANIZATION)
                .where(MART_BACKWARD_ORGANIZATION.PERIOD.eq(period), organizations.condition(MART_BACKWARD_ORGANIZATION.ORG_CODE))
                .orderBy(MART_BACKWARD_ORGANIZATION.SCORE.asc().nullsLast(), MART_BACKWARD_ORGANIZATION.ORG_CODE)
                .fetch(row -> new Backward(row.value1(), Optional.ofNullable(row.value2()), Optional.ofNullable(row.value3()),
                        Optional.ofNullable(row.value4()), Optional.ofNullable(row.value5()).flatMap(Grade::fromChinese))));
    }

    /** The year's 先进率 target at the month (mart_targets), when there is one. */
    Optional<Double> advancedTarget(Month month)
    {
        return rates.read(dsl -> dsl.select(MART_TARGETS.TARGET_VALUE)
                .from(MART_TARGETS)
                .where(MART_TARGETS.MONTH_KEY.eq(month.key()), MART_TARGETS.INDICATOR.eq("先进率"))
                .fetchOptional(MART_TARGETS.TARGET_VALUE))
                .map(BigDecimal::doubleValue);
    }

    private static Table<?> graded(String period, String alias)
    {
        return select(FACT_GRADE.ORG_CODE, FACT_GRADE.GRADE, FACT_GRADE.SCORE, FACT_GRADE.PERIOD_END_MONTH)
                .from(FACT_GRADE)
                .where(FACT_GRADE.PERIOD.eq(period))
                .asTable(alias);
    }

    private static Optional<Grade> grade(Record row, Table<?> side)
    {
        return Optional.ofNullable(row.get(side.field(FACT_GRADE.GRADE))).flatMap(Grade::fromChinese);
    }

    private static Optional<BigDecimal> score(Record row, Table<?> side)
    {
        return Optional.ofNullable(row.get(side.field(FACT_GRADE.SCORE)));
    }

    private static Map<Grade, Long> zeroes()
    {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0L);
        }
        return counts;
    }

    private static Map<Grade, Map<Grade, Long>> emptyMatrix()
    {
        Map<Grade, Map<Grade, Long>> matrix = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            matrix.put(grade, zeroes());
        }
        return matrix;
    }

    private static void put(Map<Grade, Map<Grade, Long>> matrix, String from, String to, long organizations)
    {
        Optional<Grade> before = Grade.fromChinese(from);
        Optional<Grade> after = Grade.fromChinese(to);
        if (before.isPresent() && after.isPresent()) {
            matrix.get(before.get()).put(after.get(), organizations);
        }
    }
}
