package io.bastion.dashboard.sites;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.Rates;
import org.jooq.Condition;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.bastion.sql.generated.default_schema.Tables.MART_DEMONSTRATION_SITES;
import static io.bastion.sql.generated.default_schema.Tables.MART_GRADE_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_PROGRESS;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.trueCondition;

/** The site and liaison marts for one selection: sites per level, 先进率 per period, assignment progress and its roll-ups. */
@Component
final class SitesQueries
{
    /** How many grading periods the 先进率 trend shows. */
    static final int PERIODS = 8;

    private final Rates rates;

    SitesQueries(Rates rates)
    {
        this.rates = rates;
    }

    /** Sites of one level active at the month, and the year's target for it (park only). */
    record LevelSites(String level, long active, Optional<Double> target)
    {
    }

    /** One liaison assignment active at the month (a row of mart_liaison_progress). */
    record Assignment(String liaison, String title, String siteOrgCode, String siteName, LocalDate startOn, LocalDate endOn, long contactsInMonth,
            boolean monthlyOk, long onsiteInQuarter, String quarterlyStatus, LocalDate lastContactOn, Integer daysSinceLastContact,
            String lastContactSummary, boolean overdue)
    {
    }

    /** A roll-up of assignments at the month: park, subtree or one liaison. */
    record Rollup(String scopeCode, long active, long contacted, long overdue, boolean quarterEnd, long quarterAssignments, long onsiteOk)
    {
        Rates.Fraction monthly()
        {
            return new Rates.Fraction(contacted, active);
        }

        Rates.Fraction quarterly()
        {
            return new Rates.Fraction(onsiteOk, quarterAssignments);
        }
    }

    List<LevelSites> sites(Selection selection)
    {
        var s = MART_DEMONSTRATION_SITES;
        return rates.read(dsl -> dsl.select(s.LEVEL, s.ACTIVE_SITES, s.TARGET_SITES)
                .from(s)
                .where(s.MONTH_KEY.eq(selection.month().key()), s.SCOPE_KIND.eq(selection.scopeKind()), s.SCOPE_CODE.eq(selection.scopeCode()))
                .fetch(row -> new LevelSites(row.value1(), row.value2(), Optional.ofNullable(row.value3()).map(BigDecimal::doubleValue))));
    }

    /** 先进率 (好 ÷ assessed) of the latest grading periods up to the given one, oldest first. */
    Map<String, Rates.Fraction> advanced(Selection selection, String lastPeriod)
    {
        Map<String, Rates.Fraction> periods = new TreeMap<>();
        rates.read(dsl -> dsl.select(MART_GRADE_SUMMARY.PERIOD, MART_GRADE_SUMMARY.GOOD, MART_GRADE_SUMMARY.ASSESSED)
                .from(MART_GRADE_SUMMARY)
                .where(MART_GRADE_SUMMARY.SCOPE_KIND.eq(selection.scopeKind()), MART_GRADE_SUMMARY.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_GRADE_SUMMARY.PERIOD.le(lastPeriod))
                .orderBy(MART_GRADE_SUMMARY.PERIOD.desc())
                .limit(PERIODS)
                .fetch())
                .forEach(row -> periods.put(row.value1(), new Rates.Fraction(row.value2(), row.value3())));
        return periods;
    }

    /** The year's target of an indicator at the month (mart_targets). */
    Optional<Double> target(Month month, String indicator)
    {
        return rates.read(dsl -> dsl.select(MART_TARGETS.TARGET_VALUE)
                .from(MART_TARGETS)
                .where(MART_TARGETS.MONTH_KEY.eq(month.key()), MART_TARGETS.INDICATOR.eq(indicator))
                .fetchOptional(MART_TARGETS.TARGET_VALUE))
                .map(BigDecimal::doubleValue);
    }

    /** The assignments active at the month whose site is in the selection's organizations: overdue first, then the longest silence. */
    List<Assignment> assignments(Selection selection)
    {
        var p = MART_LIAISON_PROGRESS;
        return rates.read(dsl -> dsl.select(p.LIAISON, p.TITLE, p.SITE_ORG_CODE, p.SITE_NAME, p.START_ON, p.END_ON, p.CONTACTS_IN_MONTH, p.MONTHLY_OK,
                        p.ONSITE_IN_QUARTER, p.QUARTERLY_STATUS, p.LAST_CONTACT_ON, p.DAYS_SINCE_LAST_CONTACT, p.LAST_CONTACT_SUMMARY, p.OVERDUE)
                .from(p)
                .where(p.MONTH_KEY.eq(selection.month().key()))
                .and(inScope(selection))
                .orderBy(p.OVERDUE.desc(), p.DAYS_SINCE_LAST_CONTACT.desc().nullsFirst(), p.LIAISON, p.SITE_ORG_CODE)
                .fetch(mapping(Assignment::new)));
    }

    /** The park's or the subtree's roll-up at a month (mart_liaison_summary). */
    Optional<Rollup> rollup(Selection selection, Month month)
    {
        var s = MART_LIAISON_SUMMARY;
        return rates.read(dsl -> dsl.select(s.SCOPE_CODE, s.ACTIVE_ASSIGNMENTS, s.CONTACTED_ASSIGNMENTS, s.OVERDUE_ASSIGNMENTS, s.QUARTER_END,
                        s.QUARTER_ASSIGNMENTS, s.ONSITE_OK_ASSIGNMENTS)
                .from(s)
                .where(s.MONTH_KEY.eq(month.key()), s.SCOPE_KIND.eq(selection.scopeKind()), s.SCOPE_CODE.eq(selection.scopeCode()))
                .fetchOptional(mapping(Rollup::new)));
    }

    /**
     * Per liaison person at the month. Park-wide these are mart_liaison_summary's liaison rows; inside a subtree they are
     * counted over the subtree's assignments only, so a secretary sees nothing of the sites outside it.
     */
    List<Rollup> persons(Selection selection, Month month)
    {
        if (selection.organizations().isEmpty()) {
            var s = MART_LIAISON_SUMMARY;
            return rates.read(dsl -> dsl.select(s.SCOPE_CODE, s.ACTIVE_ASSIGNMENTS, s.CONTACTED_ASSIGNMENTS, s.OVERDUE_ASSIGNMENTS, s.QUARTER_END,
                            s.QUARTER_ASSIGNMENTS, s.ONSITE_OK_ASSIGNMENTS)
                    .from(s)
                    .where(s.MONTH_KEY.eq(month.key()), s.SCOPE_KIND.eq("liaison"))
                    .orderBy(s.OVERDUE_ASSIGNMENTS.desc(), s.SCOPE_CODE)
                    .fetch(mapping(Rollup::new)));
        }
        var p = MART_LIAISON_PROGRESS;
        LocalDate first = LocalDate.of(month.year(), (month.monthOfYear() - 1) / 3 * 3 + 1, 1);
        Condition allQuarter = month.endsQuarter()
                ? p.START_ON.le(first).and(p.END_ON.isNull().or(p.END_ON.ge(month.lastDay())))
                : falseCondition();
        var overdue = count().filterWhere(p.OVERDUE);
        return rates.read(dsl -> dsl.select(p.LIAISON, count(), count().filterWhere(p.MONTHLY_OK), overdue, inline(month.endsQuarter()),
                        count().filterWhere(allQuarter), count().filterWhere(allQuarter.and(p.ONSITE_IN_QUARTER.ge(1L))))
                .from(p)
                .where(p.MONTH_KEY.eq(month.key()))
                .and(inScope(selection))
                .groupBy(p.LIAISON)
                .orderBy(overdue.desc(), p.LIAISON)
                .fetch(row -> new Rollup(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7())));
    }

    /** The titles of the liaisons with an assignment at the month. */
    Map<String, String> titles(Month month)
    {
        Map<String, String> titles = new LinkedHashMap<>();
        var p = MART_LIAISON_PROGRESS;
        rates.read(dsl -> dsl.select(p.LIAISON, max(p.TITLE)).from(p).where(p.MONTH_KEY.eq(month.key())).groupBy(p.LIAISON).fetch())
                .forEach(row -> titles.put(row.value1(), row.value2()));
        return titles;
    }

    private static Condition inScope(Selection selection)
    {
        return selection.organizations().map(MART_LIAISON_PROGRESS.SITE_ORG_CODE::in).orElse(trueCondition());
    }
}
