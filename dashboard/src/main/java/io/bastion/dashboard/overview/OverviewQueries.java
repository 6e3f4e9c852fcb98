package io.bastion.dashboard.overview;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.bastion.sql.generated.default_schema.Tables.MART_ADMISSION_FLOW;
import static io.bastion.sql.generated.default_schema.Tables.MART_BACKWARD_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_COVERAGE;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_LATE_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_PROGRESS;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIFE_COMPLIANCE;
import static io.bastion.sql.generated.default_schema.Tables.MART_LOST_CONTACT;
import static io.bastion.sql.generated.default_schema.Tables.MART_OVERDUE_ELECTION;
import static io.bastion.sql.generated.default_schema.Tables.MART_PROCEDURE_FINDING;
import static io.bastion.sql.generated.default_schema.Tables.MART_RECONCILIATION;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.trueCondition;

/** The marts the overview reads beyond the monthly rates: quarterly rates, year-to-date admissions, targets, the 待办 counts. */
@Component
final class OverviewQueries
{
    private final Rates rates;

    OverviewQueries(Rates rates)
    {
        this.rates = rates;
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
                        MART_GRADE_SUMMARY.PERIOD.le(lastEndedQuarter(selection.month())))
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
                        MART_LIFE_COMPLIANCE.QUARTER.le(lastEndedQuarter(selection.month())))
                .orderBy(MART_LIFE_COMPLIANCE.QUARTER.desc())
                .limit(8)
                .fetch())
                .forEach(row -> quarters.put(row.value1(), new Rates.Fraction(row.value2(), row.value3())));
        return quarters;
    }

    /** The 待办 counts at the month, inside the selection's organizations. */
    Map<String, Long> actionCounts(Selection selection)
    {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        int month = selection.month().key();
        Optional<Set<String>> organizations = selection.organizations();
        counts.put("mustForm", rates.read(dsl -> dsl.select(MART_COVERAGE.MUST_FORM_ENTERPRISES)
                .from(MART_COVERAGE)
                .where(MART_COVERAGE.MONTH_KEY.eq(month), MART_COVERAGE.SCOPE_KIND.eq(selection.scopeKind()),
                        MART_COVERAGE.SCOPE_CODE.eq(selection.scopeCode()))
                .fetchOptional(MART_COVERAGE.MUST_FORM_ENTERPRISES).orElse(0L)));
        String period = rates.read(dsl -> dsl.select(max(MART_BACKWARD_ORGANIZATION.PERIOD)).from(MART_BACKWARD_ORGANIZATION)
                .where(MART_BACKWARD_ORGANIZATION.PERIOD.le(lastEndedQuarter(selection.month()))).fetchOne(0, String.class));
        counts.put("backward", period == null ? 0L : countWhere(MART_BACKWARD_ORGANIZATION, MART_BACKWARD_ORGANIZATION.PERIOD.eq(period),
                MART_BACKWARD_ORGANIZATION.ORG_CODE, organizations));
        counts.put("overdueElection", countWhere(MART_OVERDUE_ELECTION, MART_OVERDUE_ELECTION.MONTH_KEY.eq(month), MART_OVERDUE_ELECTION.ORG_CODE,
                organizations));
        counts.put("overdueLiaison", countWhere(MART_LIAISON_PROGRESS, MART_LIAISON_PROGRESS.MONTH_KEY.eq(month).and(MART_LIAISON_PROGRESS.OVERDUE),
                MART_LIAISON_PROGRESS.SITE_ORG_CODE, organizations));
        counts.put("late", countWhere(MART_LATE_SUBMISSION, MART_LATE_SUBMISSION.MONTH_KEY.eq(month), MART_LATE_SUBMISSION.ORG_CODE, organizations));
        counts.put("procedure", countWhere(MART_PROCEDURE_FINDING, MART_PROCEDURE_FINDING.MONTH_KEY.eq(month), MART_PROCEDURE_FINDING.ORG_CODE,
                organizations));
        counts.put("lostContact", countWhere(MART_LOST_CONTACT, MART_LOST_CONTACT.MONTH_KEY.eq(month), MART_LOST_CONTACT.ORG_CODE, organizations));
        counts.put("reconciliation", countWhere(MART_RECONCILIATION, MART_RECONCILIATION.MONTH_KEY.eq(month), MART_RECONCILIATION.ORG_CODE,
                organizations));
        return counts;
    }

    private long countWhere(org.jooq.Table<?> table, Condition condition, Field<String> orgCode, Optional<Set<String>> organizations)
    {
        Condition scope = organizations.map(orgCode::in).orElse(trueCondition());
        return rates.read(dsl -> dsl.select(count()).from(table).where(condition).and(scope).fetchOne(0, Long.class));
    }

    /** The last quarter that has ended by the end of the month: {@code 2025-10} → {@code 2025Q3}, {@code 2025-09} → {@code 2025Q3}. */
    static String lastEndedQuarter(Month month)
    {
        if (month.endsQuarter()) {
            return month.quarter();
        }
        int quarter = (month.monthOfYear() - 1) / 3;
        return quarter == 0 ? (month.year() - 1) + "Q4" : month.year() + "Q" + quarter;
    }
}
