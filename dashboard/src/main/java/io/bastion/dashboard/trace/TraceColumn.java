package io.bastion.dashboard.trace;

import io.bastion.dashboard.web.DataTable;

import static java.util.Objects.requireNonNull;

/**
 * A column a trace can list: its key in the API's rows (and {@code trace.column.<key>} in the bundle), the result column(s)
 * of {@link FigureSql} it reads, and how it reads.
 */
enum TraceColumn
{
    ENTERPRISE("enterprise", "enterprise", Cell.ENTERPRISE),
    UNIT_CATEGORY("unitCategory", "unit_category", Cell.TEXT),
    INDUSTRY("industry", "industry", Cell.TEXT),
    MOVED_IN_ON("movedInOn", "moved_in_on", Cell.DATE),
    DAYS_IN_PARK("daysInPark", "days_in_park", Cell.DAYS),
    FULL_MEMBERS("fullMembers", "full_members", Cell.COUNT),
    COVERING_ORGANIZATIONS("coveringOrganizations", "covering_organizations", Cell.COUNT),
    WORK_WAYS("workWays", "work_ways", Cell.LABELS),
    PERSON("person", "person_key", Cell.PERSON),
    /** Added after PERSON for admins only: the name from restricted.person_identity. */
    PERSON_NAME("personName", "person_key", Cell.TEXT),
    ORGANIZATION("organization", "organization", Cell.ORGANIZATION),
    STAGE("stage", "stage", Cell.TEXT),
    BACKBONE("backbone", "backbone", Cell.BOOLEAN),
    JOINED_ON("joinedOn", "joined_on", Cell.DATE),
    HELD_ON("heldOn", "held_on", Cell.DATE),
    KIND("kind", "kind", Cell.TEXT),
    TOPIC("topic", "topic", Cell.TEXT),
    EXPECTED("expected", "expected", Cell.COUNT),
    ATTENDED("attended", "attended", Cell.COUNT),
    ORGANIZATION_KIND("organizationKind", "org_kind", Cell.TEXT),
    GENERAL_MEETINGS("generalMeetings", "general_meetings", Cell.COUNT),
    PARTY_LECTURES("partyLectures", "party_lectures", Cell.COUNT),
    THEME_DAY_MONTHS("themeDayMonths", "theme_day_months_held", Cell.COUNT),
    DEADLINE("deadline", "deadline", Cell.DATE),
    SUBMISSION_STATUS("submissionStatus", "submission_status", Cell.LABELS),
    DAYS_LATE("daysLate", "days_late", Cell.DAYS),
    LIAISON("liaison", "liaison", Cell.TEXT),
    TITLE("title", "title", Cell.TEXT),
    SITE("site", "site", Cell.ORGANIZATION),
    START_ON("startOn", "start_on", Cell.DATE),
    CONTACTS_IN_MONTH("contactsInMonth", "contacts_in_month", Cell.COUNT),
    LAST_CONTACT_ON("lastContactOn", "last_contact_on", Cell.DATE),
    DAYS_SINCE_LAST_CONTACT("daysSinceLastContact", "days_since_last_contact", Cell.DAYS),
    GRADE("grade", "grade", Cell.TEXT),
    SCORE("score", "score", Cell.NUMBER),
    PREVIOUS_GRADE("previousGrade", "previous_grade", Cell.TEXT),
    LEVEL("level", "level", Cell.TEXT),
    NAMED_ON("namedOn", "named_on", Cell.DATE),
    // The provenance every trace ends with.
    SOURCE_ORGANIZATION("sourceOrganization", "source_org_code", Cell.ORGANIZATION),
    SOURCE_MONTH("sourceMonth", "source_month", Cell.MONTH),
    FILE("file", "file_name", Cell.FILE),
    RECEIVED_AT("receivedAt", "received_at", Cell.TIMESTAMP),
    SUBMITTED_ON("submittedOn", "submitted_on", Cell.DATE),
    SHA256("sha256", "sha256", Cell.TEXT);

    /** How a column's values are read from the result and written for the page. */
    enum Cell
    {
        TEXT(DataTable.Kind.TEXT),
        COUNT(DataTable.Kind.COUNT),
        NUMBER(DataTable.Kind.NUMBER),
        DAYS(DataTable.Kind.DAYS),
        DATE(DataTable.Kind.DATE),
        /** A report month (yyyymm) or a grading period (2025Q3), written 2025-10 or 2025Q3. */
        MONTH(DataTable.Kind.MONTH),
        BOOLEAN(DataTable.Kind.BOOLEAN),
        /** An organization code, written {code, name} with the name at the selection's month. */
        ORGANIZATION(DataTable.Kind.ORGANIZATION),
        /** {@code enterprise_code} and {@code enterprise_name}, written {code, name}. */
        ENTERPRISE(DataTable.Kind.ORGANIZATION),
        /** The pseudonymous person key. */
        PERSON(DataTable.Kind.TEXT),
        /** Words from the bundle: {@code trace.label.<value>} for each ;-separated value, joined by 、. */
        LABELS(DataTable.Kind.TEXT),
        /** The archived file's name; the row carries {@code fileId} and {@code fileHref} for the link. */
        FILE(DataTable.Kind.LINK),
        /** A timestamp written {@code 2025-11-03 10:12:05}. */
        TIMESTAMP(DataTable.Kind.TEXT);

        private final DataTable.Kind kind;

        Cell(DataTable.Kind kind)
        {
            this.kind = kind;
        }

        DataTable.Kind kind()
        {
            return kind;
        }
    }

    private final String key;
    private final String result;
    private final Cell cell;

    TraceColumn(String key, String result, Cell cell)
    {
        this.key = requireNonNull(key, "key is null");
        this.result = requireNonNull(result, "result is null");
        this.cell = requireNonNull(cell, "cell is null");
    }

    String key()
    {
        return key;
    }

    /** The result column of {@link FigureSql} (for ENTERPRISE the prefix of {@code _code} and {@code _name}). */
    String result()
    {
        return result;
    }

    Cell cell()
    {
        return cell;
    }

    String labelKey()
    {
        return "trace.column." + key;
    }
}
