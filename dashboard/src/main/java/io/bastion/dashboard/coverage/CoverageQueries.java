package io.bastion.dashboard.coverage;

import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.CaseConditionStep;
import org.jooq.Record;
import org.jooq.SelectField;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.bastion.sql.generated.default_schema.Tables.MART_COVERAGE;
import static io.bastion.sql.generated.default_schema.Tables.MART_ENTERPRISE_FIRST_COVERAGE;
import static io.bastion.sql.generated.default_schema.Tables.MART_MUST_FORM;
import static io.bastion.sql.generated.default_schema.Tables.MART_UNCOVERED_ENTERPRISE;
import static io.bastion.sql.generated.default_schema.Tables.ORACLE_ENTERPRISE_SCOPE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.median;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;

/** The coverage marts: mart_coverage per month and scope, and the enterprise lists, narrowed to a subtree's enterprises. */
@Component
final class CoverageQueries
{
    private final Rates rates;

    CoverageQueries(Rates rates)
    {
        this.rates = rates;
    }

    /** One row of mart_coverage: the counts behind 组织覆盖率, 工作覆盖率, 单独组建率, 应建未建 and 超过90天未覆盖. */
    record Counts(int monthKey, String scopeCode, long active, long covered, long threeFull, long ownOrganization, long mustForm,
            long workCovered, long uncoveredOver90)
    {
        Rates.Fraction orgCoverage()
        {
            return new Rates.Fraction(covered, active);
        }

        Rates.Fraction workCoverage()
        {
            return new Rates.Fraction(workCovered, active);
        }

        Rates.Fraction ownBranch()
        {
            return new Rates.Fraction(ownOrganization, threeFull);
        }
    }

    /** An enterprise of mart_must_form: ≥ 3 full members and no own organization; the organizations covering it otherwise. */
    record MustForm(String unitCode, String unitName, String unitCategory, Optional<String> industry, long fullMembers, List<String> coveringOrgs)
    {
    }

    /** An enterprise of mart_uncovered_enterprise: not org-covered and in the park more than 90 days. */
    record Uncovered(String unitCode, String unitName, String unitCategory, Optional<String> industry, LocalDate movedInOn, long daysInPark)
    {
    }

    /** An enterprise of mart_enterprise_first_coverage: moved in during the analysed months, and when it was first covered. */
    record NewEnterprise(String unitCode, String unitName, String unitCategory, Optional<String> industry, LocalDate movedInOn,
            Optional<Integer> firstCoveredMonth, Optional<Integer> daysToCoverage)
    {
    }

    /** Which enterprises a list may show: every one of the park, or those of a subtree at the month (oracle_enterprise_scope). */
    record Enterprises(Optional<Set<String>> unitCodes)
    {
        Condition condition(Field<String> unitCode)
        {
            return unitCodes.map(unitCode::in).orElse(trueCondition());
        }
    }

    /** mart_coverage of one scope, every analysed month up to the month, oldest first. */
    List<Counts> trend(String scopeKind, String scopeCode, int upToMonth)
    {
        return rates.read(dsl -> dsl.select(countsFields())
                .from(MART_COVERAGE)
                .where(MART_COVERAGE.SCOPE_KIND.eq(scopeKind), MART_COVERAGE.SCOPE_CODE.eq(scopeCode), MART_COVERAGE.MONTH_KEY.le(upToMonth))
                .orderBy(MART_COVERAGE.MONTH_KEY)
                .fetch(CoverageQueries::counts));
    }

    /** mart_coverage at the month for every scope of a kind (unit_category, industry), by scope code. */
    List<Counts> byScope(int month, String scopeKind)
    {
        return rates.read(dsl -> dsl.select(countsFields())
                .from(MART_COVERAGE)
                .where(MART_COVERAGE.SCOPE_KIND.eq(scopeKind), MART_COVERAGE.MONTH_KEY.eq(month))
                .orderBy(MART_COVERAGE.ACTIVE_ENTERPRISES.desc(), MART_COVERAGE.SCOPE_CODE)
                .fetch(CoverageQueries::counts));
    }

    /** The enterprises of the selection at its month: the park's, or those oracle_enterprise_scope places in the subtree. */
    Enterprises enterprises(Selection selection)
    {
        if (selection.orgCode().isEmpty()) {
            return new Enterprises(Optional.empty());
        }
        Set<String> codes = new HashSet<>(rates.read(dsl -> dsl.select(ORACLE_ENTERPRISE_SCOPE.UNIT_CODE)
                .from(ORACLE_ENTERPRISE_SCOPE)
                .where(ORACLE_ENTERPRISE_SCOPE.MONTH_KEY.eq(selection.month().key()), ORACLE_ENTERPRISE_SCOPE.SCOPE_KIND.eq(Selection.SUBTREE),
                        ORACLE_ENTERPRISE_SCOPE.SCOPE_CODE.eq(selection.orgCode().get()))
                .fetch(ORACLE_ENTERPRISE_SCOPE.UNIT_CODE)));
        return new Enterprises(Optional.of(Set.copyOf(codes)));
    }

    List<MustForm> mustForm(int month, Enterprises enterprises, CoverageFilter filter)
    {
        return rates.read(dsl -> dsl.select(MART_MUST_FORM.UNIT_CODE, MART_MUST_FORM.UNIT_NAME, MART_MUST_FORM.UNIT_CATEGORY, MART_MUST_FORM.INDUSTRY,
                        MART_MUST_FORM.FULL_MEMBERS, MART_MUST_FORM.COVERING_ORGS)
                .from(MART_MUST_FORM)
                .where(MART_MUST_FORM.MONTH_KEY.eq(month), enterprises.condition(MART_MUST_FORM.UNIT_CODE),
                        narrowed(filter, MART_MUST_FORM.UNIT_CATEGORY, MART_MUST_FORM.INDUSTRY))
                .orderBy(MART_MUST_FORM.FULL_MEMBERS.desc(), MART_MUST_FORM.UNIT_NAME)
                .fetch(row -> new MustForm(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()), row.value5(),
                        row.value6().isBlank() ? List.of() : Arrays.asList(row.value6().split(";")))));
    }

    List<Uncovered> uncovered(int month, Enterprises enterprises, CoverageFilter filter)
    {
        return rates.read(dsl -> dsl.select(MART_UNCOVERED_ENTERPRISE.UNIT_CODE, MART_UNCOVERED_ENTERPRISE.UNIT_NAME,
                        MART_UNCOVERED_ENTERPRISE.UNIT_CATEGORY, MART_UNCOVERED_ENTERPRISE.INDUSTRY, MART_UNCOVERED_ENTERPRISE.MOVED_IN_ON,
                        MART_UNCOVERED_ENTERPRISE.DAYS_IN_PARK)
                .from(MART_UNCOVERED_ENTERPRISE)
                .where(MART_UNCOVERED_ENTERPRISE.MONTH_KEY.eq(month), enterprises.condition(MART_UNCOVERED_ENTERPRISE.UNIT_CODE),
                        narrowed(filter, MART_UNCOVERED_ENTERPRISE.UNIT_CATEGORY, MART_UNCOVERED_ENTERPRISE.INDUSTRY))
                .orderBy(MART_UNCOVERED_ENTERPRISE.DAYS_IN_PARK.desc(), MART_UNCOVERED_ENTERPRISE.UNIT_NAME)
                .fetch(row -> new Uncovered(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()), row.value5(), row.value6())));
    }

    /** New enterprises (moved in during the analysed months), narrowed by the filter and, when it names one, its days bucket. */
    List<NewEnterprise> newEnterprises(Enterprises enterprises, CoverageFilter filter)
    {
        Condition bucket = filter.bucket().map(value -> value.condition(MART_ENTERPRISE_FIRST_COVERAGE.DAYS_TO_COVERAGE)).orElse(trueCondition());
        return rates.read(dsl -> dsl.select(MART_ENTERPRISE_FIRST_COVERAGE.UNIT_CODE, MART_ENTERPRISE_FIRST_COVERAGE.UNIT_NAME,
                        MART_ENTERPRISE_FIRST_COVERAGE.UNIT_CATEGORY, MART_ENTERPRISE_FIRST_COVERAGE.INDUSTRY, MART_ENTERPRISE_FIRST_COVERAGE.MOVED_IN_ON,
                        MART_ENTERPRISE_FIRST_COVERAGE.FIRST_COVERED_MONTH, MART_ENTERPRISE_FIRST_COVERAGE.DAYS_TO_COVERAGE)
                .from(MART_ENTERPRISE_FIRST_COVERAGE)
                .where(firstCoverage(enterprises, filter), bucket)
                .orderBy(MART_ENTERPRISE_FIRST_COVERAGE.MOVED_IN_ON.desc(), MART_ENTERPRISE_FIRST_COVERAGE.UNIT_NAME)
                .fetch(row -> new NewEnterprise(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()), row.value5(),
                        Optional.ofNullable(row.value6()), Optional.ofNullable(row.value7()))));
    }

    /** How many new enterprises fall in each days bucket (every bucket present, zero included). */
    Map<DaysBucket, Long> bucketCounts(Enterprises enterprises, CoverageFilter filter)
    {
        Field<Integer> days = MART_ENTERPRISE_FIRST_COVERAGE.DAYS_TO_COVERAGE;
        CaseConditionStep<String> step = null;
        for (DaysBucket bucket : DaysBucket.values()) {
            step = step == null ? when(bucket.condition(days), inline(bucket.name())) : step.when(bucket.condition(days), inline(bucket.name()));
        }
        Field<String> bucket = step.as("bucket");
        Map<DaysBucket, Long> counts = new EnumMap<>(DaysBucket.class);
        Arrays.stream(DaysBucket.values()).forEach(value -> counts.put(value, 0L));
        rates.read(dsl -> dsl.select(bucket, count())
                .from(MART_ENTERPRISE_FIRST_COVERAGE)
                .where(firstCoverage(enterprises, filter))
                .groupBy(bucket)
                .fetch())
                .forEach(row -> DaysBucket.parse(row.value1()).ifPresent(value -> counts.put(value, (long) row.value2())));
        return counts;
    }

    /** The median days to first coverage of the new enterprises already covered (blank when none is). */
    Optional<Double> medianDays(Enterprises enterprises, CoverageFilter filter)
    {
        return Optional.ofNullable(rates.read(dsl -> dsl.select(median(MART_ENTERPRISE_FIRST_COVERAGE.DAYS_TO_COVERAGE))
                .from(MART_ENTERPRISE_FIRST_COVERAGE)
                .where(firstCoverage(enterprises, filter))
                .fetchOne(0, Double.class)));
    }

    private static Condition firstCoverage(Enterprises enterprises, CoverageFilter filter)
    {
        return enterprises.condition(MART_ENTERPRISE_FIRST_COVERAGE.UNIT_CODE)
                .and(narrowed(filter, MART_ENTERPRISE_FIRST_COVERAGE.UNIT_CATEGORY, MART_ENTERPRISE_FIRST_COVERAGE.INDUSTRY));
    }

    private static Condition narrowed(CoverageFilter filter, Field<String> category, Field<String> industry)
    {
        Condition condition = trueCondition();
        if (filter.category().isPresent()) {
            condition = condition.and(category.eq(filter.category().get().chinese()));
        }
        if (filter.industry().isPresent()) {
            condition = condition.and(industry.eq(filter.industry().get()));
        }
        return condition;
    }

    private static SelectField<?>[] countsFields()
    {
        return new SelectField<?>[] {MART_COVERAGE.MONTH_KEY, MART_COVERAGE.SCOPE_CODE, MART_COVERAGE.ACTIVE_ENTERPRISES,
                MART_COVERAGE.COVERED_ENTERPRISES, MART_COVERAGE.ENTERPRISES_WITH_THREE_FULL, MART_COVERAGE.OWN_ORGANIZATION_ENTERPRISES,
                MART_COVERAGE.MUST_FORM_ENTERPRISES, MART_COVERAGE.WORK_COVERED_ENTERPRISES, MART_COVERAGE.UNCOVERED_OVER_90_DAYS};
    }

    private static Counts counts(Record row)
    {
        return new Counts(row.get(MART_COVERAGE.MONTH_KEY), row.get(MART_COVERAGE.SCOPE_CODE), row.get(MART_COVERAGE.ACTIVE_ENTERPRISES),
                row.get(MART_COVERAGE.COVERED_ENTERPRISES), row.get(MART_COVERAGE.ENTERPRISES_WITH_THREE_FULL),
                row.get(MART_COVERAGE.OWN_ORGANIZATION_ENTERPRISES), row.get(MART_COVERAGE.MUST_FORM_ENTERPRISES),
                row.get(MART_COVERAGE.WORK_COVERED_ENTERPRISES), row.get(MART_COVERAGE.UNCOVERED_OVER_90_DAYS));
    }
}
