package io.bastion.dashboard.organizationlife;

import io.bastion.dashboard.BastionSettings;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.bastion.sql.generated.default_schema.Tables.ANALYSIS_RUN;
import static io.bastion.sql.generated.default_schema.Tables.MART_LATE_SUBMISSION;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIFE_COMPLIANCE;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIFE_COMPLIANCE_BRANCH;
import static io.bastion.sql.generated.default_schema.Tables.MART_TARGETS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.trueCondition;

/** The organizational-life marts for one selection: compliance per quarter and branch, the late list, the participation target. */
@Component
final class OrganizationLifeQueries
{
    private static final Pattern LECTURE_RULE = Pattern.compile("partyLecturesPerQuarter=(\\d+)");

    private final Rates rates;
    private final BastionSettings settings;

    OrganizationLifeQueries(Rates rates, BastionSettings settings)
    {
        this.rates = rates;
        this.settings = settings;
    }

    /** An organization without an on-time submission for the month: late (with its 报送日期) or never sent. */
    record Late(String orgCode, String orgName, String parentCode, LocalDate deadline, LocalDate submittedOn, Integer daysLate)
    {
    }

    /** 三会一课达标率 of the quarters given, by quarter. */
    Map<String, Rates.Fraction> compliance(Selection selection, List<String> quarters)
    {
        Map<String, Rates.Fraction> rows = new LinkedHashMap<>();
        rates.read(dsl -> dsl.select(MART_LIFE_COMPLIANCE.QUARTER, MART_LIFE_COMPLIANCE.COMPLIANT_BRANCHES, MART_LIFE_COMPLIANCE.BRANCHES)
                .from(MART_LIFE_COMPLIANCE)
                .where(MART_LIFE_COMPLIANCE.SCOPE_KIND.eq(selection.scopeKind()), MART_LIFE_COMPLIANCE.SCOPE_CODE.eq(selection.scopeCode()),
                        MART_LIFE_COMPLIANCE.QUARTER.in(quarters))
                .orderBy(MART_LIFE_COMPLIANCE.QUARTER)
                .fetch())
                .forEach(row -> rows.put(row.value1(), new Rates.Fraction(row.value2(), row.value3())));
        return rows;
    }

    /** What each branch in the selection's organizations held in the quarters given. */
    List<BranchQuarter> branches(Selection selection, List<String> quarters)
    {
        var b = MART_LIFE_COMPLIANCE_BRANCH;
        Condition inScope = selection.organizations().map(b.ORG_CODE::in).orElse(trueCondition());
        return rates.read(dsl -> dsl.select(b.QUARTER, b.ORG_CODE, b.ORG_NAME, b.ORG_KIND, b.GENERAL_MEETINGS, b.PARTY_LECTURES,
                        b.COMMITTEE_MONTHS_REQUIRED, b.COMMITTEE_MONTHS_HELD, b.GROUP_MONTHS_REQUIRED, b.GROUP_MONTHS_HELD, b.THEME_DAY_MONTHS_HELD,
                        b.COMPLIANT)
                .from(b)
                .where(b.QUARTER.in(quarters))
                .and(inScope)
                .orderBy(b.ORG_CODE, b.QUARTER)
                .fetch(mapping(BranchQuarter::new)));
    }

    /** The late and missing submissions of the month inside the selection's organizations, never-sent first, then the latest. */
    List<Late> late(Selection selection)
    {
        var l = MART_LATE_SUBMISSION;
        Condition inScope = selection.organizations().map(l.ORG_CODE::in).orElse(trueCondition());
        return rates.read(dsl -> dsl.select(l.ORG_CODE, l.ORG_NAME, l.PARENT_CODE, l.DEADLINE, l.SUBMITTED_ON, l.DAYS_LATE)
                .from(l)
                .where(l.MONTH_KEY.eq(selection.month().key()))
                .and(inScope)
                .orderBy(l.DAYS_LATE.desc().nullsFirst(), l.ORG_CODE)
                .fetch(mapping(Late::new)));
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

    /** The 党课 rule the current marts were computed with (the last done run's fingerprint), else the configured one. */
    int lecturesRequired()
    {
        Optional<String> fingerprint = rates.read(dsl -> dsl.select(ANALYSIS_RUN.INPUT_FINGERPRINT)
                .from(ANALYSIS_RUN)
                .where(ANALYSIS_RUN.STATUS.eq("done"))
                .orderBy(ANALYSIS_RUN.ANALYSIS_ID.desc())
                .limit(1)
                .fetchOptional(ANALYSIS_RUN.INPUT_FINGERPRINT));
        return fingerprint.map(LECTURE_RULE::matcher)
                .filter(Matcher::find)
                .map(matcher -> Integer.parseInt(matcher.group(1)))
                .orElse(settings.analysis().partyLecturesPerQuarter());
    }
}
