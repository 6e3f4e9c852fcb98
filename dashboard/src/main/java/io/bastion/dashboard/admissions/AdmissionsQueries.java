package io.bastion.dashboard.admissions;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.bastion.sql.generated.default_schema.Tables.MART_ADMISSION_CONVERSION;
import static io.bastion.sql.generated.default_schema.Tables.MART_ADMISSION_FLOW;
import static io.bastion.sql.generated.default_schema.Tables.MART_MEMBERSHIP;
import static io.bastion.sql.generated.default_schema.Tables.MART_MEMBERSHIP_BREAKDOWN;
import static io.bastion.sql.generated.default_schema.Tables.MART_NEW_MEMBER_STRUCTURE;
import static io.bastion.sql.generated.default_schema.Tables.MART_PROCEDURE_FINDING;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trueCondition;

/** The admission and membership marts for one selection: the pipeline, cohorts, new members' structure, members, findings. */
@Component
final class AdmissionsQueries
{
    /** How many activist cohorts the conversion chart shows, the latest first. */
    static final int COHORTS = 8;
    /** How many years the new members' structure compares. */
    static final int STRUCTURE_YEARS = 4;

    private final Rates rates;

    AdmissionsQueries(Rates rates)
    {
        this.rates = rates;
    }

    /** One stage at one month: entries into it during the month and the stock at month end. */
    record StageMonth(int monthKey, String stage, long entries, long stock)
    {
    }

    /** An activist cohort: how many reached each later stage, and the median days between stages. */
    record Cohort(int year, long activists, long candidates, long probationary, long full, Double candidateShare, Double probationaryShare,
            Double fullShare, Double appliedToActivist, Double activistToCandidate, Double candidateToProbationary, Double probationaryToFull)
    {
    }

    /** The new members of a month or a year and how many of them are 一线职工, under 35, women, 大专 or above. */
    record Structure(String periodKind, String period, long newMembers, long frontline, long under35, long women, long college)
    {
    }

    /** Members at month end with one value of a dimension. */
    record Part(String dimension, String value, long members)
    {
    }

    /** Members at month end and the change from the month before. */
    record Membership(int monthKey, long members, long membersIn, long membersOut)
    {
    }

    /** One procedure finding at the month. */
    record FindingRow(String orgCode, String finding, Long personKey, long observed, long threshold)
    {
    }

    /** Year-to-date progress of the park's 新发展党员 target. */
    record TargetProgress(double actual, double target, Optional<Double> paceNeeded)
    {
    }

    /** Entries and stock of every stage over the months given (the selection's scope). */
    List<StageMonth> flow(Selection selection, List<Month> months)
    {
        if (months.isEmpty()) {
            return List.of();
        }
        return rates.read(dsl -> dsl.select(MART_ADMISSION_FLOW.MONTH_KEY, MART_ADMISSION_FLOW.STAGE, MART_ADMISSION_FLOW.ENTRIES,
                        MART_ADMISSION_FLOW.STOCK)
                .from(MART_ADMISSION_FLOW)
                .where(MART_ADMISSION_FLOW.SCOPE_KIND.eq(selection.scopeKind()), MART_ADMISSION_FLOW.SCOPE_CODE.eq(selection.scopeCode()))
                .and(MART_ADMISSION_FLOW.MONTH_KEY.between(months.get(0).key(), months.get(months.size() - 1).key()))
                .orderBy(MART_ADMISSION_FLOW.MONTH_KEY)
                .fetch(mapping(StageMonth::new)));
    }

    /** 预备党员 entries from January of the selection's year to its month (a subtree's year-to-date 发展党员数). */
    long joinedThisYear(Selection selection)
    {
        Month month = selection.month();
        return rates.read(dsl -> dsl.select(coalesce(sum(MART_ADMISSION_FLOW.ENTRIES), inline(BigDecimal.ZERO)))
                .from(MART_ADMISSION_FLOW)
                .where(MART_ADMISSION_FLOW.SCOPE_KIND.eq(selection.scopeKind()), MART_ADMISSION_FLOW.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_ADMISSION_FLOW.STAGE.eq(Stage.PROBATIONARY.chinese()),
                        MART_ADMISSION_FLOW.MONTH_KEY.between(month.year() * 100 + 1, month.key()))
                .fetchOne(0, Long.class));
    }

    /** The park's 新发展党员 target progress at the month (mart_targets). */
    Optional<TargetProgress> joinedTarget(Month month)
    {
        return rates.read(dsl -> dsl.select(MART_TARGETS.ACTUAL, MART_TARGETS.TARGET_VALUE, MART_TARGETS.PACE_NEEDED)
                .from(MART_TARGETS)
                .where(MART_TARGETS.MONTH_KEY.eq(month.key()), MART_TARGETS.INDICATOR.eq("新发展党员"))
                .fetchOptional(row -> new TargetProgress(row.value1() == null ? 0 : row.value1(), row.value2().doubleValue(),
                        Optional.ofNullable(row.value3()))));
    }

    /** The latest activist cohorts up to the selection's year, newest first. */
    List<Cohort> cohorts(Selection selection)
    {
        var c = MART_ADMISSION_CONVERSION;
        return rates.read(dsl -> dsl.select(c.COHORT_YEAR, c.ACTIVISTS, c.BECAME_CANDIDATES, c.BECAME_PROBATIONARY, c.BECAME_FULL,
                        c.CANDIDATE_SHARE, c.PROBATIONARY_SHARE, c.FULL_SHARE, c.MEDIAN_DAYS_APPLIED_TO_ACTIVIST, c.MEDIAN_DAYS_ACTIVIST_TO_CANDIDATE,
                        c.MEDIAN_DAYS_CANDIDATE_TO_PROBATIONARY, c.MEDIAN_DAYS_PROBATIONARY_TO_FULL)
                .from(c)
                .where(c.SCOPE_KIND.eq(selection.scopeKind()), c.SCOPE_CODE.eq(selection.scopeCode()), c.COHORT_YEAR.le(selection.month().year()))
                .orderBy(c.COHORT_YEAR.desc())
                .limit(COHORTS)
                .fetch(mapping(Cohort::new)));
    }

    /** The new members' structure of the selection's month and of the latest calendar years up to its year. */
    List<Structure> structure(Selection selection)
    {
        var s = MART_NEW_MEMBER_STRUCTURE;
        int year = selection.month().year();
        Condition month = s.PERIOD_KIND.eq("month").and(s.PERIOD.eq(selection.month().iso()));
        Condition years = s.PERIOD_KIND.eq("year").and(s.PERIOD.between(String.valueOf(year - STRUCTURE_YEARS + 1), String.valueOf(year)));
        return rates.read(dsl -> dsl.select(s.PERIOD_KIND, s.PERIOD, s.NEW_MEMBERS, s.FRONTLINE, s.UNDER_35, s.WOMEN, s.COLLEGE_OR_ABOVE)
                .from(s)
                .where(s.SCOPE_KIND.eq(selection.scopeKind()), s.SCOPE_CODE.eq(selection.scopeCode()))
                .and(month.or(years))
                .orderBy(s.PERIOD_KIND, s.PERIOD)
                .fetch(mapping(Structure::new)));
    }

    /** Members at the month by unit category, age band and education. */
    List<Part> breakdown(Selection selection)
    {
        var b = MART_MEMBERSHIP_BREAKDOWN;
        return rates.read(dsl -> dsl.select(b.DIMENSION, b.VALUE, b.MEMBERS)
                .from(b)
                .where(b.MONTH_KEY.eq(selection.month().key()), b.SCOPE_KIND.eq(selection.scopeKind()), b.SCOPE_CODE.eq(selection.scopeCode()))
                .fetch(mapping(Part::new)));
    }

    /** Members and their change over the months given. */
    List<Membership> membership(Selection selection, List<Month> months)
    {
        if (months.isEmpty()) {
            return List.of();
        }
        var m = MART_MEMBERSHIP;
        return rates.read(dsl -> dsl.select(m.MONTH_KEY, m.MEMBERS, m.MEMBERS_IN, m.MEMBERS_OUT)
                .from(m)
                .where(m.SCOPE_KIND.eq(selection.scopeKind()), m.SCOPE_CODE.eq(selection.scopeCode()))
                .and(m.MONTH_KEY.between(months.get(0).key(), months.get(months.size() - 1).key()))
                .orderBy(m.MONTH_KEY)
                .fetch(mapping(Membership::new)));
    }

    /** The procedure findings of the month inside the selection's organizations. */
    List<FindingRow> findings(Selection selection)
    {
        var f = MART_PROCEDURE_FINDING;
        Condition inScope = selection.organizations().map(f.ORG_CODE::in).orElse(trueCondition());
        return rates.read(dsl -> dsl.select(f.ORG_CODE, f.FINDING, f.PERSON_KEY, f.OBSERVED, f.THRESHOLD)
                .from(f)
                .where(f.MONTH_KEY.eq(selection.month().key()))
                .and(inScope)
                .orderBy(f.FINDING, f.ORG_CODE, f.PERSON_KEY)
                .fetch(mapping(FindingRow::new)));
    }
}
