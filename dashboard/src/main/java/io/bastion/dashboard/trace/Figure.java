package io.bastion.dashboard.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.bastion.dashboard.trace.TraceColumn.ATTENDED;
import static io.bastion.dashboard.trace.TraceColumn.BACKBONE;
import static io.bastion.dashboard.trace.TraceColumn.CONTACTS_IN_MONTH;
import static io.bastion.dashboard.trace.TraceColumn.COVERING_ORGANIZATIONS;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_IN_PARK;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_LATE;
import static io.bastion.dashboard.trace.TraceColumn.DAYS_SINCE_LAST_CONTACT;
import static io.bastion.dashboard.trace.TraceColumn.DEADLINE;
import static io.bastion.dashboard.trace.TraceColumn.ENTERPRISE;
import static io.bastion.dashboard.trace.TraceColumn.EXPECTED;
import static io.bastion.dashboard.trace.TraceColumn.FILE;
import static io.bastion.dashboard.trace.TraceColumn.FULL_MEMBERS;
import static io.bastion.dashboard.trace.TraceColumn.GENERAL_MEETINGS;
import static io.bastion.dashboard.trace.TraceColumn.GRADE;
import static io.bastion.dashboard.trace.TraceColumn.HELD_ON;
import static io.bastion.dashboard.trace.TraceColumn.INDUSTRY;
import static io.bastion.dashboard.trace.TraceColumn.JOINED_ON;
import static io.bastion.dashboard.trace.TraceColumn.KIND;
import static io.bastion.dashboard.trace.TraceColumn.LAST_CONTACT_ON;
import static io.bastion.dashboard.trace.TraceColumn.LEVEL;
import static io.bastion.dashboard.trace.TraceColumn.LIAISON;
import static io.bastion.dashboard.trace.TraceColumn.MOVED_IN_ON;
import static io.bastion.dashboard.trace.TraceColumn.NAMED_ON;
import static io.bastion.dashboard.trace.TraceColumn.ORGANIZATION;
import static io.bastion.dashboard.trace.TraceColumn.ORGANIZATION_KIND;
import static io.bastion.dashboard.trace.TraceColumn.PARTY_LECTURES;
import static io.bastion.dashboard.trace.TraceColumn.PERSON;
import static io.bastion.dashboard.trace.TraceColumn.PREVIOUS_GRADE;
import static io.bastion.dashboard.trace.TraceColumn.RECEIVED_AT;
import static io.bastion.dashboard.trace.TraceColumn.SCORE;
import static io.bastion.dashboard.trace.TraceColumn.SHA256;
import static io.bastion.dashboard.trace.TraceColumn.SITE;
import static io.bastion.dashboard.trace.TraceColumn.SOURCE_MONTH;
import static io.bastion.dashboard.trace.TraceColumn.SOURCE_ORGANIZATION;
import static io.bastion.dashboard.trace.TraceColumn.STAGE;
import static io.bastion.dashboard.trace.TraceColumn.SUBMISSION_STATUS;
import static io.bastion.dashboard.trace.TraceColumn.SUBMITTED_ON;
import static io.bastion.dashboard.trace.TraceColumn.THEME_DAY_MONTHS;
import static io.bastion.dashboard.trace.TraceColumn.TITLE;
import static io.bastion.dashboard.trace.TraceColumn.TOPIC;
import static io.bastion.dashboard.trace.TraceColumn.UNIT_CATEGORY;
import static io.bastion.dashboard.trace.TraceColumn.WORK_WAYS;
import static java.util.Objects.requireNonNull;

/**
 * The registry of traceable figures: each id a page links to ({@code /trace?figure=<id>[:<argument>]}), what it lists
 * (enterprises, organizations, members, events, assignments), the oracle-based SQL that lists them and the columns shown.
 * The count of listed rows is the mart figure named in each constant's comment.
 */
enum Figure
{
    /** mart_coverage.active_enterprises. */
    COVERAGE_ACTIVE("coverage.active", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_ACTIVE,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, MOVED_IN_ON)),
    /** mart_coverage.covered_enterprises. */
    COVERAGE_COVERED("coverage.covered", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_COVERED,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, COVERING_ORGANIZATIONS)),
    /** mart_coverage.work_covered_enterprises. */
    COVERAGE_WORK_COVERED("coverage.workCovered", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_WORK_COVERED,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, WORK_WAYS)),
    /** mart_coverage.own_organization_enterprises. */
    COVERAGE_OWN_ORGANIZATION("coverage.ownOrganization", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_OWN_ORGANIZATION,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, FULL_MEMBERS)),
    /** mart_coverage.must_form_enterprises. */
    COVERAGE_MUST_FORM("coverage.mustForm", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_MUST_FORM,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, FULL_MEMBERS, COVERING_ORGANIZATIONS)),
    /** mart_coverage.uncovered_over_90_days. */
    COVERAGE_UNCOVERED_90("coverage.uncovered90", Subject.ENTERPRISE, Argument.NONE, true, FigureSql.COVERAGE_UNCOVERED_90,
            List.of(ENTERPRISE, UNIT_CATEGORY, INDUSTRY, MOVED_IN_ON, DAYS_IN_PARK)),
    /** mart_membership.members. */
    MEMBERSHIP_MEMBERS("membership.members", Subject.PERSON, Argument.NONE, false, FigureSql.MEMBERSHIP_MEMBERS,
            List.of(PERSON, STAGE, BACKBONE)),
    /** mart_membership.mobile_managed. */
    MEMBERSHIP_MOBILE_MANAGED("membership.mobileManaged", Subject.PERSON, Argument.NONE, false, FigureSql.MEMBERSHIP_MOBILE_MANAGED,
            List.of(PERSON, STAGE)),
    /** mart_membership.backbone_members. */
    MEMBERSHIP_BACKBONE("membership.backbone", Subject.PERSON, Argument.NONE, false, FigureSql.MEMBERSHIP_BACKBONE,
            List.of(PERSON, STAGE)),
    /** Σ mart_admission_flow.entries (stage 预备党员) from January of M's year to M. */
    ADMISSIONS_JOINED("admissions.joined", Subject.PERSON, Argument.NONE, true, FigureSql.ADMISSIONS_JOINED,
            List.of(PERSON, JOINED_ON)),
    /** mart_organization_life.events (its Σ 应到 and Σ 实到 are the participation rate's parts). */
    LIFE_EVENTS("life.events", Subject.EVENT, Argument.NONE, false, FigureSql.LIFE_EVENTS,
            List.of(ORGANIZATION, HELD_ON, KIND, TOPIC, EXPECTED, ATTENDED)),
    /** mart_life_compliance.compliant_branches of the quarter. */
    LIFE_COMPLIANT("life.compliant", Subject.ORGANIZATION, Argument.QUARTER, true, FigureSql.LIFE_COMPLIANT,
            List.of(ORGANIZATION, ORGANIZATION_KIND, GENERAL_MEETINGS, PARTY_LECTURES, THEME_DAY_MONTHS)),
    /** mart_submission_timeliness.on_time. */
    TIMELINESS_ON_TIME("timeliness.onTime", Subject.ORGANIZATION, Argument.NONE, false, FigureSql.TIMELINESS_ON_TIME,
            List.of(ORGANIZATION, DEADLINE, SUBMISSION_STATUS)),
    /** mart_submission_timeliness.active_organizations − on_time (the rows of mart_late_submission in the scope). */
    TIMELINESS_LATE("timeliness.late", Subject.ORGANIZATION, Argument.NONE, false, FigureSql.TIMELINESS_LATE,
            List.of(ORGANIZATION, DEADLINE, SUBMISSION_STATUS, DAYS_LATE)),
    /** mart_liaison_summary.contacted_assignments. */
    LIAISON_CONTACTED("liaison.contacted", Subject.ASSIGNMENT, Argument.NONE, false, FigureSql.LIAISON_CONTACTED,
            List.of(LIAISON, TITLE, SITE, CONTACTS_IN_MONTH, LAST_CONTACT_ON)),
    /** mart_liaison_summary.overdue_assignments. */
    LIAISON_OVERDUE("liaison.overdue", Subject.ASSIGNMENT, Argument.NONE, false, FigureSql.LIAISON_OVERDUE,
            List.of(LIAISON, TITLE, SITE, LAST_CONTACT_ON, DAYS_SINCE_LAST_CONTACT)),
    /** mart_grade_summary.good of the period. */
    GRADES_GOOD("grades.good", Subject.ORGANIZATION, Argument.QUARTER, true, FigureSql.GRADES_GOOD,
            List.of(ORGANIZATION, GRADE, SCORE, PREVIOUS_GRADE)),
    /** mart_demonstration_sites.active_sites of the level (summed over the levels without one). */
    SITES_ACTIVE("sites.active", Subject.SITE, Argument.LEVEL, false, FigureSql.SITES_ACTIVE,
            List.of(ORGANIZATION, LEVEL, NAMED_ON));

    /** The provenance columns every trace ends with (for a member, 报送组织 is the organization they are counted in). */
    static final List<TraceColumn> PROVENANCE = List.of(SOURCE_ORGANIZATION, SOURCE_MONTH, FILE, RECEIVED_AT, SUBMITTED_ON, SHA256);

    /** What one row is, for the count's unit (家, 个, 名, 次, 项, 个示范点). */
    enum Subject
    {
        ENTERPRISE, ORGANIZATION, PERSON, EVENT, ASSIGNMENT, SITE;

        String unitKey()
        {
            return "trace.unit." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What may follow the id after a colon. */
    enum Argument
    {
        NONE, QUARTER, LEVEL
    }

    /** 示范点 levels, as the feed writes them. */
    static final List<String> LEVELS = List.of("市级", "区级", "部门级");

    private final String id;
    private final Subject subject;
    private final Argument argument;
    private final boolean martScope;
    private final String sql;
    private final List<TraceColumn> columns;

    Figure(String id, Subject subject, Argument argument, boolean martScope, String sql, List<TraceColumn> columns)
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

    Argument argument()
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
