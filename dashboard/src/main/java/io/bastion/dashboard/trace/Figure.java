package io.bastion.dashboard.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.bastion.dashboard.trace.TraceColumn.ACTIVIST_ON;
import static io.bastion.dashboard.trace.TraceColumn.ATTENDED;
import static io.bastion.dashboard.trace.TraceColumn.BACKBONE;
import static io.bastion.dashboard.trace.TraceColumn.BASIS;
import static io.bastion.dashboard.trace.TraceColumn.BREAKDOWN_VALUE;
import static io.bastion.dashboard.trace.TraceColumn.CANDIDATE_ON;
import static io.bastion.dashboard.trace.TraceColumn.COLLEGE;
import static io.bastion.dashboard.trace.TraceColumn.COMMITTEE_MONTHS_HELD;
import static io.bastion.dashboard.trace.TraceColumn.COMMITTEE_MONTHS_REQUIRED;
import static io.bastion.dashboard.trace.TraceColumn.CONTACTED_ON;
import static io.bastion.dashboard.trace.TraceColumn.CONTACTS_IN_MONTH;
import static io.bastion.dashboard.trace.TraceColumn.COUNTED_IN;
import static io.bastion.dashboard.trace.TraceColumn.COVERING_ORGANIZATIONS;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_IN_PARK;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_LATE;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_SINCE_LAST_CONTACT;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_TO_COVERAGE;
import static io.bastion.dashboard.trace.TraceColumn.DEADLINE;
import static io.bastion.dashboard.trace.TraceColumn.ENTERPRISE;
import static io.bastion.dashboard.trace.TraceColumn.EVENT_DATE;
import static io.bastion.dashboard.trace.TraceColumn.EXPECTED;
import static io.bastion.dashboard.trace.TraceColumn.FILE;
import static io.bastion.dashboard.trace.TraceColumn.FINDING;
import static io.bastion.dashboard.trace.TraceColumn.FIRST_COVERED_MONTH;
import static io.bastion.dashboard.trace.TraceColumn.FROM_GRADE;
import static io.bastion.dashboard.trace.TraceColumn.FROM_SCORE;
import static io.bastion.dashboard.trace.TraceColumn.FRONTLINE;
import static io.bastion.dashboard.trace.TraceColumn.FULL_MEMBERS;
import static io.bastion.dashboard.trace.TraceColumn.FULL_ON;
import static io.bastion.dashboard.trace.TraceColumn.GENERAL_MEETINGS;
import static io.bastion.dashboard.trace.TraceColumn.GRADE;
import static io.bastion.dashboard.trace.TraceColumn.GROUP_MONTHS_HELD;
import static io.bastion.dashboard.trace.TraceColumn.GROUP_MONTHS_REQUIRED;
import static io.bastion.dashboard.trace.TraceColumn.HELD_ON;
import static io.bastion.dashboard.trace.TraceColumn.INDUSTRY;
import static io.bastion.dashboard.trace.TraceColumn.JOINED_ON;
import static io.bastion.dashboard.trace.TraceColumn.KIND;
import static io.bastion.dashboard.trace.TraceColumn.LAST_CONTACT_ON;
import static io.bastion.dashboard.trace.TraceColumn.LEVEL;
import static io.bastion.dashboard.trace.TraceColumn.LIAISON;
import static io.bastion.dashboard.trace.TraceColumn.LIAISON_STATUS;
import static io.bastion.dashboard.trace.TraceColumn.MODE;
import static io.bastion.dashboard.trace.TraceColumn.MOVED_IN_ON;
import static io.bastion.dashboard.trace.TraceColumn.NAMED_ON;
import static io.bastion.dashboard.trace.TraceColumn.OBSERVED;
import static io.bastion.dashboard.trace.TraceColumn.ONSITE_IN_QUARTER;
import static io.bastion.dashboard.trace.TraceColumn.ORGANIZATION;
import static io.bastion.dashboard.trace.TraceColumn.ORGANIZATION_KIND;
import static io.bastion.dashboard.trace.TraceColumn.PARTY_LECTURES;
import static io.bastion.dashboard.trace.TraceColumn.PERSON;
import static io.bastion.dashboard.trace.TraceColumn.PREVIOUS_GRADE;
import static io.bastion.dashboard.trace.TraceColumn.PREVIOUS_SCORE;
import static io.bastion.dashboard.trace.TraceColumn.RECEIVED_AT;
import static io.bastion.dashboard.trace.TraceColumn.SCORE;
import static io.bastion.dashboard.trace.TraceColumn.SHA256;
import static io.bastion.dashboard.trace.TraceColumn.SITE;
import static io.bastion.dashboard.trace.TraceColumn.SOURCE_MONTH;
import static io.bastion.dashboard.trace.TraceColumn.SOURCE_ORGANIZATION;
import static io.bastion.dashboard.trace.TraceColumn.STAGE;
import static io.bastion.dashboard.trace.TraceColumn.SUBMISSION_STATUS;
import static io.bastion.dashboard.trace.TraceColumn.SUBMITTED_ON;
import static io.bastion.dashboard.trace.TraceColumn.SUMMARY;
import static io.bastion.dashboard.trace.TraceColumn.THEME_DAY_MONTHS;
import static io.bastion.dashboard.trace.TraceColumn.THRESHOLD;
import static io.bastion.dashboard.trace.TraceColumn.TITLE;
import static io.bastion.dashboard.trace.TraceColumn.TOPIC;
import static io.bastion.dashboard.trace.TraceColumn.UNDER_35;
import static io.bastion.dashboard.trace.TraceColumn.UNIT_CATEGORY;
import static io.bastion.dashboard.trace.TraceColumn.WOMAN;
import static io.bastion.dashboard.trace.TraceColumn.WORK_WAYS;
import static java.util.Objects.requireNonNull;

/**
 * The registry of traceable figures: each id a page links to ({@code /trace?figure=<id>[:<argument>]}), what it lists
 * (enterprises, organizations, members, events, assignments), the oracle-based SQL that lists them and the columns shown.
 * The count of listed rows is the mart figure named in each constant's comment.
 */
enum Figure
{
    // ---------------------------------------------------------------- coverage (an optional unit_category:… or industry:… argument: park-wide)

    /** mart_coverage.active_enterprises. */
    COVERAGE_ACTIVE("coverage.active", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_ACTIVE,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, MOVED_IN_ON)),
    /** mart_coverage.covered_enterprises. */
    COVERAGE_COVERED("coverage.covered", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_COVERED,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, COVERING_ORGANIZATIONS)),
    /** mart_coverage.work_covered_enterprises. */
    COVERAGE_WORK_COVERED("coverage.workCovered", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_WORK_COVERED,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, WORK_WAYS)),
    /** mart_coverage.enterprises_with_three_full. */
    COVERAGE_THREE_FULL("coverage.threeFull", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_THREE_FULL,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, FULL_MEMBERS)),
    /** mart_coverage.own_organization_enterprises. */
    COVERAGE_OWN_ORGANIZATION("coverage.ownOrganization", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_OWN_ORGANIZATION,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, FULL_MEMBERS)),
    /** mart_coverage.must_form_enterprises. */
    COVERAGE_MUST_FORM("coverage.mustForm", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_MUST_FORM,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, FULL_MEMBERS, COVERING_ORGANIZATIONS)),
    /** mart_coverage.uncovered_over_90_days. */
    COVERAGE_UNCOVERED_90("coverage.uncovered90", Subject.ENTERPRISE, FigureArgument.BREAKDOWN, true, EnterpriseSql.COVERAGE_UNCOVERED_90,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, MOVED_IN_ON, DAYS_IN_PARK)),
    /**
     * One enterprise's row of mart_must_form or mart_uncovered_enterprise, record by record: its registry row (1), its
     * covering links (mart_must_form.covering_orgs) and its full members (mart_must_form.full_members).
     */
    COVERAGE_ENTERPRISE("coverage.enterprise", Subject.RECORD, FigureArgument.ENTERPRISE, true, EnterpriseSql.COVERAGE_ENTERPRISE,
            List.of(BASIS, ORGANIZATION, PERSON, WORK_WAYS, MOVED_IN_ON)),
    /** The rows of mart_enterprise_first_coverage in the scope (of the days bucket: those whose days_to_coverage fall in it). */
    COVERAGE_FIRST_COVERAGE("coverage.firstCoverage", Subject.ENTERPRISE, FigureArgument.BUCKET, true, EnterpriseSql.COVERAGE_FIRST_COVERAGE,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, MOVED_IN_ON, FIRST_COVERED_MONTH, DAYS_TO_COVERAGE)),

    // ---------------------------------------------------------------- members and admissions

    /** mart_membership.members. */
    MEMBERSHIP_MEMBERS("membership.members", Subject.PERSON, FigureArgument.NONE, false, PeopleSql.MEMBERSHIP_MEMBERS,
            List.of(PERSON, STAGE, BACKBONE)),
    /** mart_membership.mobile_managed. */
    MEMBERSHIP_MOBILE_MANAGED("membership.mobileManaged", Subject.PERSON, FigureArgument.NONE, false, PeopleSql.MEMBERSHIP_MOBILE_MANAGED,
            List.of(PERSON, STAGE)),
    /** mart_membership.backbone_members. */
    MEMBERSHIP_BACKBONE("membership.backbone", Subject.PERSON, FigureArgument.NONE, false, PeopleSql.MEMBERSHIP_BACKBONE,
            List.of(PERSON, STAGE)),
    /** mart_membership.members_in. */
    MEMBERSHIP_IN("membership.in", Subject.PERSON, FigureArgument.NONE, true, PeopleSql.MEMBERSHIP_IN,
            List.of(PERSON, STAGE)),
    /** mart_membership.members_out (each from their roster at M−1). */
    MEMBERSHIP_OUT("membership.out", Subject.PERSON, FigureArgument.NONE, true, PeopleSql.MEMBERSHIP_OUT,
            List.of(PERSON, STAGE)),
    /** mart_membership_breakdown.members of the dimension and value. */
    MEMBERSHIP_BREAKDOWN("membership.breakdown", Subject.PERSON, FigureArgument.DIMENSION_VALUE, true, PeopleSql.MEMBERSHIP_BREAKDOWN,
            List.of(PERSON, STAGE, BREAKDOWN_VALUE)),
    /** Σ mart_admission_flow.entries (stage 预备党员) from January of M's year to M. */
    ADMISSIONS_JOINED("admissions.joined", Subject.PERSON, FigureArgument.NONE, true, PeopleSql.ADMISSIONS_JOINED,
            List.of(PERSON, JOINED_ON)),
    /** mart_admission_flow.entries of the stage at M. */
    ADMISSIONS_ENTRIES("admissions.entries", Subject.PERSON, FigureArgument.STAGE, true, PeopleSql.ADMISSIONS_ENTRIES,
            List.of(PERSON, STAGE, EVENT_DATE)),
    /** mart_admission_flow.stock of the stage at M. */
    ADMISSIONS_STOCK("admissions.stock", Subject.PERSON, FigureArgument.STAGE, true, PeopleSql.ADMISSIONS_STOCK,
            List.of(PERSON, STAGE)),
    /** mart_admission_conversion.activists of the cohort (became_candidates, became_probationary, became_full: those with the date). */
    ADMISSIONS_CONVERSION("admissions.conversion", Subject.PERSON, FigureArgument.YEAR, true, PeopleSql.ADMISSIONS_CONVERSION,
            List.of(PERSON, ACTIVIST_ON, CANDIDATE_ON, JOINED_ON, FULL_ON)),
    /** mart_new_member_structure.new_members of the month or year (frontline, under_35, women, college_or_above: those marked). */
    ADMISSIONS_STRUCTURE("admissions.structure", Subject.PERSON, FigureArgument.STRUCTURE_PERIOD, true, PeopleSql.ADMISSIONS_STRUCTURE,
            List.of(PERSON, JOINED_ON, FRONTLINE, UNDER_35, WOMAN, COLLEGE)),
    /** The rows of mart_procedure_finding at M in the scope's organizations. */
    PROCEDURE_FINDINGS("procedure.findings", Subject.FINDING, FigureArgument.NONE, false, PeopleSql.PROCEDURE_FINDINGS,
            List.of(FINDING, ORGANIZATION, PERSON, OBSERVED, THRESHOLD)),
    /** The rows of mart_procedure_finding of one finding at M in the scope's organizations. */
    PROCEDURE_FINDING("procedure.finding", Subject.FINDING, FigureArgument.FINDING, false, PeopleSql.PROCEDURE_FINDINGS,
            List.of(FINDING, ORGANIZATION, PERSON, OBSERVED, THRESHOLD)),

    // ---------------------------------------------------------------- organizational life and timeliness

    /** mart_organization_life.events (its Σ 应到 and Σ 实到 are the participation rate's parts). */
    LIFE_EVENTS("life.events", Subject.EVENT, FigureArgument.NONE, false, LifeSql.LIFE_EVENTS,
            List.of(ORGANIZATION, HELD_ON, KIND, TOPIC, EXPECTED, ATTENDED)),
    /** mart_life_compliance.compliant_branches of the quarter. */
    LIFE_COMPLIANT("life.compliant", Subject.ORGANIZATION, FigureArgument.QUARTER, true, LifeSql.LIFE_COMPLIANT,
            List.of(ORGANIZATION, ORGANIZATION_KIND, GENERAL_MEETINGS, PARTY_LECTURES, THEME_DAY_MONTHS)),
    /** mart_life_compliance.branches − compliant_branches of the quarter. */
    LIFE_NONCOMPLIANT("life.noncompliant", Subject.ORGANIZATION, FigureArgument.QUARTER, true, LifeSql.LIFE_NONCOMPLIANT,
            List.of(ORGANIZATION, ORGANIZATION_KIND, GENERAL_MEETINGS, PARTY_LECTURES, COMMITTEE_MONTHS_HELD, COMMITTEE_MONTHS_REQUIRED,
                    GROUP_MONTHS_HELD, GROUP_MONTHS_REQUIRED, THEME_DAY_MONTHS)),
    /**
     * The quarter's events of the five kinds the 三会一课 rules count, held by the branches assessed in it: Σ over the
     * quarter of oracle_organization_month's general, committee, group, lecture and theme-day meetings; for one branch, by
     * kind, its mart_life_compliance_branch counts.
     */
    LIFE_BRANCH("life.branch", Subject.EVENT, FigureArgument.QUARTER, false, LifeSql.LIFE_BRANCH,
            List.of(ORGANIZATION, HELD_ON, KIND, TOPIC, EXPECTED, ATTENDED)),
    /** mart_submission_timeliness.on_time. */
    TIMELINESS_ON_TIME("timeliness.onTime", Subject.ORGANIZATION, FigureArgument.NONE, false, LifeSql.TIMELINESS_ON_TIME,
            List.of(ORGANIZATION, DEADLINE, SUBMISSION_STATUS)),
    /** mart_submission_timeliness.active_organizations − on_time (the rows of mart_late_submission in the scope). */
    TIMELINESS_LATE("timeliness.late", Subject.ORGANIZATION, FigureArgument.NONE, false, LifeSql.TIMELINESS_LATE,
            List.of(ORGANIZATION, DEADLINE, SUBMISSION_STATUS, DAYS_LATE)),

    // ---------------------------------------------------------------- liaison and sites

    /** mart_liaison_summary.contacted_assignments. */
    LIAISON_CONTACTED("liaison.contacted", Subject.ASSIGNMENT, FigureArgument.NONE, false, LiaisonSql.LIAISON_CONTACTED,
            List.of(LIAISON, TITLE, SITE, CONTACTS_IN_MONTH, LAST_CONTACT_ON)),
    /** mart_liaison_summary.overdue_assignments. */
    LIAISON_OVERDUE("liaison.overdue", Subject.ASSIGNMENT, FigureArgument.NONE, false, LiaisonSql.LIAISON_OVERDUE,
            List.of(LIAISON, TITLE, SITE, LAST_CONTACT_ON, DAYS_SINCE_LAST_CONTACT)),
    /** mart_liaison_summary.onsite_ok_assignments at the quarter's last month (季度现场达标率's numerator). */
    LIAISON_ONSITE("liaison.onsite", Subject.ASSIGNMENT, FigureArgument.QUARTER, true, LiaisonSql.LIAISON_ONSITE,
            List.of(LIAISON, TITLE, SITE, ONSITE_IN_QUARTER, LAST_CONTACT_ON)),
    /** One assignment's contacts_in_month and onsite_in_quarter (mart_liaison_progress), contact by contact. */
    LIAISON_ASSIGNMENT("liaison.assignment", Subject.CONTACT, FigureArgument.LIAISON_SITE, false, LiaisonSql.LIAISON_ASSIGNMENT,
            List.of(LIAISON, SITE, CONTACTED_ON, MODE, COUNTED_IN, SUMMARY)),
    /** One liaison's active_assignments (mart_liaison_summary, scope liaison; in a subtree those of its sites). */
    LIAISON_PERSON("liaison.person", Subject.ASSIGNMENT, FigureArgument.LIAISON, false, LiaisonSql.LIAISON_PERSON,
            List.of(SITE, TITLE, LIAISON_STATUS, CONTACTS_IN_MONTH, ONSITE_IN_QUARTER, LAST_CONTACT_ON)),
    /** mart_demonstration_sites.active_sites of the level (summed over the levels without one). */
    SITES_ACTIVE("sites.active", Subject.SITE, FigureArgument.LEVEL, false, LiaisonSql.SITES_ACTIVE,
            List.of(ORGANIZATION, LEVEL, NAMED_ON)),

    // ---------------------------------------------------------------- grades (each from the 分类定级 file)

    /** mart_grade_summary.good of the period. */
    GRADES_GOOD("grades.good", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_GOOD,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE)),
    /** mart_grade_summary.assessed of the period. */
    GRADES_ASSESSED("grades.assessed", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_ASSESSED,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE)),
    /** mart_grade_summary.promoted of the period (晋位率's numerator). */
    GRADES_PROMOTED("grades.promoted", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_PROMOTED,
            List.of(ORGANIZATION, PREVIOUS_GRADE, PREVIOUS_SCORE, GRADE, SCORE)),
    /** mart_grade_summary.demoted of the period (降级率's numerator). */
    GRADES_DEMOTED("grades.demoted", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_DEMOTED,
            List.of(ORGANIZATION, PREVIOUS_GRADE, PREVIOUS_SCORE, GRADE, SCORE)),
    /** mart_grade_summary.poor_improved of the period (后进转化率's numerator). */
    GRADES_POOR_IMPROVED("grades.poorImproved", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_POOR_IMPROVED,
            List.of(ORGANIZATION, PREVIOUS_GRADE, PREVIOUS_SCORE, GRADE, SCORE)),
    /** mart_grade_summary.new_in_period. */
    GRADES_NEW("grades.new", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_NEW,
            List.of(ORGANIZATION, GRADE, SCORE)),
    /** mart_grade_summary.gone_after_previous (each from the previous period's file). */
    GRADES_GONE("grades.gone", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_GONE,
            List.of(ORGANIZATION, PREVIOUS_GRADE, PREVIOUS_SCORE)),
    /** The period's 后进 organizations: mart_grade_distribution.organizations of 较差 (mart_backward_organization's rows). */
    GRADES_BACKWARD("grades.backward", Subject.ORGANIZATION, FigureArgument.QUARTER, true, GradeSql.GRADES_BACKWARD,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE)),
    /** mart_grade_distribution.organizations of the period and grade. */
    GRADES_DISTRIBUTION("grades.distribution", Subject.ORGANIZATION, FigureArgument.PERIOD_GRADE, true, GradeSql.GRADES_DISTRIBUTION,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE)),
    /** One organization's grade in the period (its one fact_grade row, as oracle_grade_comparison pairs it with P−1). */
    GRADES_GRADE("grades.grade", Subject.ORGANIZATION, FigureArgument.PERIOD_ORGANIZATION, false, GradeSql.GRADES_GRADE,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE, PREVIOUS_SCORE)),
    /** A cell, a row's or a column's total of the migration matrix between two periods (consecutive: mart_grade_migration.organizations). */
    GRADES_MIGRATION("grades.migration", Subject.ORGANIZATION, FigureArgument.MIGRATION, false, GradeSql.GRADES_MIGRATION,
            List.of(ORGANIZATION, FROM_GRADE, FROM_SCORE, GRADE, SCORE));

    /** The provenance columns every trace ends with (for a member, 报送组织 is the organization they are counted in). */
    static final List<TraceColumn> PROVENANCE = List.of(SOURCE_ORGANIZATION, SOURCE_MONTH, FILE, RECEIVED_AT, SUBMITTED_ON, SHA256);

    /** What one row is, for the count's unit (家企业, 个组织, 名, 次活动, 项联系任务, 个示范点, 条记录, 条问题, 次联系). */
    enum Subject
    {
        ENTERPRISE, ORGANIZATION, PERSON, EVENT, ASSIGNMENT, SITE, RECORD, FINDING, CONTACT;

        String unitKey()
        {
            return "trace.unit." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final Subject subject;
    private final FigureArgument argument;
    private final boolean martScope;
    private final String sql;
    private final List<TraceColumn> columns;

    Figure(String id, Subject subject, FigureArgument argument, boolean martScope, String sql, List<TraceColumn> columns)
    {
        this.id = requireNonNull(id, "id is null");
        this.subject = requireNonNull(subject, "subject is null");
        this.argument = requireNonNull(argument, "argument is null");
        this.martScope = martScope;
        this.sql = requireNonNull(sql, "sql is null");
        this.columns = List.copyOf(columns);
    }

    static Optional<Figure> byId(String id)
    {
        return Arrays.stream(values()).filter(figure -> figure.id.equals(id)).findFirst();
    }

    String id()
    {
        return id;
    }

    Subject subject()
    {
        return subject;
    }

    FigureArgument argument()
    {
        return argument;
    }

    /**
     * Whether its scope is a mart scope (the park, or a 党委 / 党总支 subtree as the oracle's scope views define it) rather
     * than any organization's subtree: a branch has no such figure.
     */
    boolean martScope()
    {
        return martScope;
    }

    String sql()
    {
        return sql;
    }

    /** The figure's own columns, the name after the person for an admin, then the provenance. */
    List<TraceColumn> columns(boolean personalData)
    {
        List<TraceColumn> all = new ArrayList<>();
        for (TraceColumn column : columns) {
            all.add(column);
            if (column == PERSON && personalData) {
                all.add(TraceColumn.PERSON_NAME);
            }
        }
        // A figure that lists organizations names each one once: it submitted the file, or the file is a committee feed.
        boolean listsOrganizations = columns.contains(ORGANIZATION) || columns.contains(SITE);
        PROVENANCE.stream().filter(column -> !(listsOrganizations && column == SOURCE_ORGANIZATION)).forEach(all::add);
        return all;
    }

    String labelKey()
    {
        return "trace.figure." + id;
    }

    String definitionKey()
    {
        return "trace.figure." + id + ".what";
    }
}
