package io.bastion.dashboard.overview;

import io.bastion.dashboard.lists.ActionLists;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.bastion.sql.generated.default_schema.Tables.MART_ADMISSION_FLOW;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIFE_COMPLIANCE;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;

/** The marts the overview reads beyond the monthly rates: quarterly rates, year-to-date admissions, targets, the 待办 counts. */
@Component
final class OverviewQueries
{
    private final Rates rates;
    private final ActionLists actionLists;

    OverviewQueries(Rates rates, ActionLists actionLists)
    {
        this.rates = rates;
        this.actionLists = actionLists;
    }

    /** The annual target of an indicator in the selection's year (feed, else default), from mart_targets. */
    Optional<Double> target(Month month, String indicator)
    {
        return rates.read(dsl -> dsl.select(MART_TARGETS.TARGET_VALUE)
                .from(MART_TARGETS)
                .where(MART_TARGETS.MONTH_KEY.eq(month.key()), MART_TARGETS.INDICATOR.eq(indicator))
                .fetchOptional(MART_TARGETS.TARGET_VALUE))
                .map(java.math.BigDecimal::doubleValue);
    }

    /** Year-to-date target progress of a count indicator: actual, target, pace needed per remaining month. */
    record TargetProgress(double actual, double target, Optional<Double> paceNeeded, int monthsLeft)
    {
    }

    Optional<TargetProgress> targetProgress(Month month, String indicator)
    {
        return rates.read(dsl -> dsl.select(MART_TARGETS.ACTUAL, MART_TARGETS.TARGET_VALUE, MART_TARGETS.PACE_NEEDED, MART_TARGETS.MONTHS_LEFT)
                .from(MART_TARGETS)
                .where(MART_TARGETS.MONTH_KEY.eq(month.key()), MART_TARGETS.INDICATOR.eq(indicator))
                .fetchOptional(row -> new TargetProgress(row.value1() == null ? 0 : row.value1(), row.value2().doubleValue(),
                        Optional.ofNullable(row.value3()), row.value4())));
    }

    /** New probationary members (入党日期) per month of the selection's year up to its month, in the selection's scope. */
    Map<Integer, Long> admissionsThisYear(Selection selection)
    {
        Map<Integer, Long> months = new TreeMap<>();
        int first = selection.month().year() * 100 + 1;
        rates.read(dsl -> dsl.select(MART_ADMISSION_FLOW.MONTH_KEY, MART_ADMISSION_FLOW.ENTRIES)
                .from(MART_ADMISSION_FLOW)
                .where(MART_ADMISSION_FLOW.SCOPE_KIND.eq(selection.scopeKind()), MART_ADMISSION_FLOW.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_ADMISSION_FLOW.STAGE.eq("预备党员"), MART_ADMISSION_FLOW.MONTH_KEY.between(first, selection.month().key()))
                .fetch())
                .forEach(row -> months.put(row.value1(), row.value2()));
        return months;
    }

    /** 先进率 of the latest grading period ending at or before the month, and the period before it. */
    Map<String, Rates.Fraction> advancedRate(Selection selection)
    {
        Map<String, Rates.Fraction> periods = new TreeMap<>();
        rates.read(dsl -> dsl.select(MART_GRADE_SUMMARY.PERIOD, MART_GRADE_SUMMARY.GOOD, MART_GRADE_SUMMARY.ASSESSED)
                .from(MART_GRADE_SUMMARY)
                .where(MART_GRADE_SUMMARY.SCOPE_KIND.eq(selection.scopeKind()), MART_GRADE_SUMMARY.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_GRADE_SUMMARY.PERIOD.le(selection.month().lastEndedQuarter()))
                .orderBy(MART_GRADE_SUMMARY.PERIOD.desc())
                .limit(8)
                .fetch())
                .forEach(row -> periods.put(row.value1(), new Rates.Fraction(row.value2(), row.value3())));
        return periods;
    }

    /** 三会一课达标率 of the analysed quarters ending at or before the month. */
    Map<String, Rates.Fraction> complianceRate(Selection selection)
    {
        Map<String, Rates.Fraction> quarters = new TreeMap<>();
        rates.read(dsl -> dsl.select(MART_LIFE_COMPLIANCE.QUARTER, MART_LIFE_COMPLIANCE.COMPLIANT_BRANCHES, MART_LIFE_COMPLIANCE.BRANCHES)
                .from(MART_LIFE_COMPLIANCE)
                .where(MART_LIFE_COMPLIANCE.SCOPE_KIND.eq(selection.scopeKind()), MART_LIFE_COMPLIANCE.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_LIFE_COMPLIANCE.QUARTER.le(selection.month().lastEndedQuarter()))
                .orderBy(MART_LIFE_COMPLIANCE.QUARTER.desc())
                .limit(8)
                .fetch())
                .forEach(row -> quarters.put(row.value1(), new Rates.Fraction(row.value2(), row.value3())));
        return quarters;
    }

    /** The 待办 counts at the month, inside the selection's organizations: those of the lists they open. */
    Map<String, Long> actionCounts(Selection selection)
    {
        return actionLists.counts(selection);
    }
}
