package io.bastion.dashboard.organization;

import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.bastion.sql.generated.default_schema.Tables.DIM_ENTERPRISE;
import static io.bastion.sql.generated.default_schema.Tables.DIM_ORGANIZATION;
import static io.bastion.sql.generated.default_schema.Tables.FACT_GRADE;
import static io.bastion.sql.generated.default_schema.Tables.FACT_PERSON_MONTH;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIFE_COMPLIANCE_BRANCH;
import static io.bastion.sql.generated.default_schema.Tables.MART_LOST_CONTACT;
import static io.bastion.sql.generated.default_schema.Tables.MART_MEMBERSHIP;
import static io.bastion.sql.generated.default_schema.Tables.MART_OVERDUE_ELECTION;
import static io.bastion.sql.generated.default_schema.Tables.MART_PROCEDURE_FINDING;
import static io.bastion.sql.generated.default_schema.Tables.MART_RECONCILIATION;
import static io.bastion.sql.generated.default_schema.Tables.ORACLE_LATEST_REPORT;
import static io.bastion.sql.generated.restricted.Tables.ORGANIZATION_SECRETARY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

/** One organization's history: its version at a month, members per month, grades, compliance, findings, its secretary. */
@Component
final class OrganizationQueries
{
    private static final List<String> MEMBER_STAGES = List.of("正式党员", "预备党员");
    private static final String FULL_MEMBER = "正式党员";

    private final Warehouse warehouse;

    OrganizationQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The organization's dim_organization version valid at the month. */
    record Profile(String code, String name, String kind, Optional<String> parentCode, String unitCategory, LocalDate establishedOn,
            Optional<LocalDate> dissolvedOn, Optional<LocalDate> termStartedOn, Optional<String> formation, Optional<String> coveredUnits)
    {
    }

    Optional<Profile> profile(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(DIM_ORGANIZATION.ORG_CODE, DIM_ORGANIZATION.ORG_NAME, DIM_ORGANIZATION.ORG_KIND, DIM_ORGANIZATION.PARENT_CODE,
                        DIM_ORGANIZATION.UNIT_CATEGORY, DIM_ORGANIZATION.ESTABLISHED_ON, DIM_ORGANIZATION.DISSOLVED_ON, DIM_ORGANIZATION.TERM_STARTED_ON,
                        DIM_ORGANIZATION.FORMATION, DIM_ORGANIZATION.COVERED_UNITS)
                .from(DIM_ORGANIZATION)
                .where(DIM_ORGANIZATION.ORG_CODE.eq(orgCode), DIM_ORGANIZATION.VALID_FROM_MONTH.le(month.key()),
                        DIM_ORGANIZATION.VALID_TO_MONTH.ge(month.key()))
                .fetchOptional(row -> new Profile(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()), row.value5(),
                        row.value6(), Optional.ofNullable(row.value7()), Optional.ofNullable(row.value8()), Optional.ofNullable(row.value9()),
                        Optional.ofNullable(row.value10()))));
    }

    /** Enterprise names by unified social credit code, from the dim_enterprise version valid at the month. */
    Map<String, String> enterpriseNames(Collection<String> unitCodes, Month month)
    {
        Map<String, String> names = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return names;
        }
        read(dsl -> dsl.select(DIM_ENTERPRISE.UNIT_CODE, DIM_ENTERPRISE.UNIT_NAME)
                .from(DIM_ENTERPRISE)
                .where(DIM_ENTERPRISE.UNIT_CODE.in(unitCodes), DIM_ENTERPRISE.VALID_FROM_MONTH.le(month.key()),
                        DIM_ENTERPRISE.VALID_TO_MONTH.ge(month.key()))
                .fetch())
                .forEach(row -> names.put(row.value1(), row.value2()));
        return names;
    }

    /** Members (正式 + 预备) and full members counted in one organization at a month. */
    record MemberCount(int monthKey, long members, long fullMembers)
    {
    }

    /**
     * The people counted in the organization at each analysed month up to {@code last}: oracle_people_at_month's rule
     * (latest report month, then later 报送日期, then larger submission; a row with 减少原因 does not count), computed only
     * for the people who ever appeared on this organization's rosters — nobody else can be counted in it.
     */
    List<MemberCount> members(String orgCode, Month last)
    {
        var report = ORACLE_LATEST_REPORT.as("r");
        var roster = FACT_PERSON_MONTH.as("p");
        return read(dsl -> {
            Table<?> counted = dsl.select(report.MONTH_KEY, report.ORG_CODE, roster.STAGE, roster.LEFT_REASON)
                    .from(report)
                    .join(roster).on(roster.ORG_CODE.eq(report.ORG_CODE), roster.MONTH_KEY.eq(report.REPORT_MONTH))
                    .where(report.MONTH_KEY.le(last.key()),
                            roster.PERSON_KEY.in(select(FACT_PERSON_MONTH.PERSON_KEY).from(FACT_PERSON_MONTH).where(FACT_PERSON_MONTH.ORG_CODE.eq(orgCode))))
                    .qualify(rowNumber().over(partitionBy(report.MONTH_KEY, roster.PERSON_KEY)
                            .orderBy(report.REPORT_MONTH.desc(), report.SUBMITTED_ON.desc(), report.SUBMISSION_ID.desc())).eq(1))
                    .asTable("counted");
            Field<Integer> monthKey = counted.field(report.MONTH_KEY.getName(), Integer.class);
            Field<String> stage = counted.field(roster.STAGE.getName(), String.class);
            return dsl.select(monthKey, count().filterWhere(stage.in(MEMBER_STAGES)), count().filterWhere(stage.eq(FULL_MEMBER)))
                    .from(counted)
                    .where(counted.field(report.ORG_CODE.getName(), String.class).eq(orgCode),
                            counted.field(roster.LEFT_REASON.getName(), String.class).isNull())
                    .groupBy(monthKey)
                    .orderBy(monthKey)
                    .fetch(row -> new MemberCount(row.value1(), row.value2(), row.value3()));
        });
    }

    /** Members of a 党委 / 党总支 subtree per month up to {@code last}, from mart_membership. */
    List<MemberCount> subtreeMembers(String rootCode, Month last)
    {
        return read(dsl -> dsl.select(MART_MEMBERSHIP.MONTH_KEY, MART_MEMBERSHIP.MEMBERS, MART_MEMBERSHIP.FULL_MEMBERS)
                .from(MART_MEMBERSHIP)
                .where(MART_MEMBERSHIP.SCOPE_KIND.eq("subtree"), MART_MEMBERSHIP.SCOPE_CODE.eq(rootCode), MART_MEMBERSHIP.MONTH_KEY.le(last.key()))
                .orderBy(MART_MEMBERSHIP.MONTH_KEY)
                .fetch(mapping(MemberCount::new)));
    }

    /** One quarterly grade of fact_grade. */
    record Grade(String period, String grade, Optional<BigDecimal> score, Optional<LocalDate> assessedOn)
    {
    }

    /** The grades of the periods that ended by the end of the month, oldest first. */
    List<Grade> grades(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(FACT_GRADE.PERIOD, FACT_GRADE.GRADE, FACT_GRADE.SCORE, FACT_GRADE.ASSESSED_ON)
                .from(FACT_GRADE)
                .where(FACT_GRADE.ORG_CODE.eq(orgCode), FACT_GRADE.PERIOD_END_MONTH.le(month.key()))
                .orderBy(FACT_GRADE.PERIOD)
                .fetch(row -> new Grade(row.value1(), row.value2(), Optional.ofNullable(row.value3()), Optional.ofNullable(row.value4()))));
    }

    /** One branch's 三会一课 in a quarter, from mart_life_compliance_branch. */
    record Compliance(String quarter, long generalMeetings, long partyLectures, long committeeMonthsRequired, long committeeMonthsHeld,
            long groupMonthsRequired, long groupMonthsHeld, long themeDayMonthsHeld, boolean compliant)
    {
    }

    /** The quarters up to and including {@code lastQuarter} (e.g. 2025Q3), oldest first. */
    List<Compliance> compliance(String orgCode, String lastQuarter)
    {
        var branch = MART_LIFE_COMPLIANCE_BRANCH;
        return read(dsl -> dsl.select(branch.QUARTER, branch.GENERAL_MEETINGS, branch.PARTY_LECTURES, branch.COMMITTEE_MONTHS_REQUIRED,
                        branch.COMMITTEE_MONTHS_HELD, branch.GROUP_MONTHS_REQUIRED, branch.GROUP_MONTHS_HELD, branch.THEME_DAY_MONTHS_HELD,
                        branch.COMPLIANT)
                .from(branch)
                .where(branch.ORG_CODE.eq(orgCode), branch.QUARTER.le(lastQuarter))
                .orderBy(branch.QUARTER)
                .fetch(mapping(Compliance::new)));
    }

    /** A procedure finding of mart_procedure_finding; person findings carry the person_key. */
    record ProcedureFinding(String finding, Optional<Long> personKey, long observed, long threshold)
    {
    }

    List<ProcedureFinding> procedureFindings(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(MART_PROCEDURE_FINDING.FINDING, MART_PROCEDURE_FINDING.PERSON_KEY, MART_PROCEDURE_FINDING.OBSERVED,
                        MART_PROCEDURE_FINDING.THRESHOLD)
                .from(MART_PROCEDURE_FINDING)
                .where(MART_PROCEDURE_FINDING.ORG_CODE.eq(orgCode), MART_PROCEDURE_FINDING.MONTH_KEY.eq(month.key()))
                .orderBy(MART_PROCEDURE_FINDING.FINDING, MART_PROCEDURE_FINDING.PERSON_KEY)
                .fetch(row -> new ProcedureFinding(row.value1(), Optional.ofNullable(row.value2()), row.value3(), row.value4())));
    }

    /** 党员人数 as reported against the roster's members (mart_reconciliation). */
    record Reconciliation(long reportedMembers, long rosterMembers, long difference)
    {
    }

    Optional<Reconciliation> reconciliation(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(MART_RECONCILIATION.REPORTED_MEMBERS, MART_RECONCILIATION.ROSTER_MEMBERS, MART_RECONCILIATION.DIFFERENCE)
                .from(MART_RECONCILIATION)
                .where(MART_RECONCILIATION.ORG_CODE.eq(orgCode), MART_RECONCILIATION.MONTH_KEY.eq(month.key()))
                .fetchOptional(mapping(Reconciliation::new)));
    }

    /** 换届逾期 (mart_overdue_election). */
    record OverdueElection(LocalDate termStartedOn, int termYears, LocalDate dueOn, long daysOverdue)
    {
    }

    Optional<OverdueElection> overdueElection(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(MART_OVERDUE_ELECTION.TERM_STARTED_ON, MART_OVERDUE_ELECTION.TERM_YEARS, MART_OVERDUE_ELECTION.DUE_ON,
                        MART_OVERDUE_ELECTION.DAYS_OVERDUE)
                .from(MART_OVERDUE_ELECTION)
                .where(MART_OVERDUE_ELECTION.ORG_CODE.eq(orgCode), MART_OVERDUE_ELECTION.MONTH_KEY.eq(month.key()))
                .fetchOptional(mapping(OverdueElection::new)));
    }

    /** A lost-contact member (mart_lost_contact), by person_key only. */
    record LostContact(long personKey, int lastReportMonth, long monthsUnreported, String reason)
    {
    }

    List<LostContact> lostContacts(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(MART_LOST_CONTACT.PERSON_KEY, MART_LOST_CONTACT.LAST_REPORT_MONTH, MART_LOST_CONTACT.MONTHS_UNREPORTED,
                        MART_LOST_CONTACT.REASON)
                .from(MART_LOST_CONTACT)
                .where(MART_LOST_CONTACT.ORG_CODE.eq(orgCode), MART_LOST_CONTACT.MONTH_KEY.eq(month.key()))
                .orderBy(MART_LOST_CONTACT.PERSON_KEY)
                .fetch(mapping(LostContact::new)));
    }

    /** The 书记 named in the organization's latest current submission at or before the month (personal data: admins only). */
    Optional<String> secretary(String orgCode, Month month)
    {
        return read(dsl -> dsl.select(ORGANIZATION_SECRETARY.SECRETARY)
                .from(ORGANIZATION_SECRETARY)
                .where(ORGANIZATION_SECRETARY.ORG_CODE.eq(orgCode), ORGANIZATION_SECRETARY.MONTH_KEY.le(month.key()))
                .orderBy(ORGANIZATION_SECRETARY.MONTH_KEY.desc())
                .limit(1)
                .fetchOptional(ORGANIZATION_SECRETARY.SECRETARY))
                .filter(name -> !name.isBlank());
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("organization history", e);
        }
    }
}
