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
    /** What one of an enterprise's records is: its registry row, a covering link (own, joint, attached) or a full member. */
    BASIS("basis", "basis", Cell.LABELS),
    UNIT_CATEGORY("unitCategory", "unit_category", Cell.TEXT),
    INDUSTRY("industry", "industry", Cell.TEXT),
    MOVED_IN_ON("movedInOn", "moved_in_on", Cell.DATE),
    DAYS_IN_PARK("daysInPark", "days_in_park", Cell.DAYS),
    FULL_MEMBERS("fullMembers", "full_members", Cell.COUNT),
    COVERING_ORGANIZATIONS("coveringOrganizations", "covering_organizations", Cell.COUNT),
    WORK_WAYS("workWays", "work_ways", Cell.LABELS),
    FIRST_COVERED_MONTH("firstCoveredMonth", "first_covered_month", Cell.MONTH),
    DAYS_TO_COVERAGE("daysToCoverage", "days_to_coverage", Cell.DAYS),
    PERSON("person", "person_key", Cell.PERSON),
    /** Added after PERSON for admins only: the name from restricted.person_identity. */
    PERSON_NAME("personName", "person_key", Cell.TEXT),
    ORGANIZATION("organization", "organization", Cell.ORGANIZATION),
    STAGE("stage", "stage", Cell.TEXT),
    BACKBONE("backbone", "backbone", Cell.BOOLEAN),
    BREAKDOWN_VALUE("breakdownValue", "breakdown_value", Cell.TEXT),
    EVENT_DATE("eventDate", "event_date", Cell.DATE),
    ACTIVIST_ON("activistOn", "activist_on", Cell.DATE),
    CANDIDATE_ON("candidateOn", "candidate_on", Cell.DATE),
    JOINED_ON("joinedOn", "joined_on", Cell.DATE),
    FULL_ON("fullOn", "full_on", Cell.DATE),
    FRONTLINE("frontline", "frontline", Cell.BOOLEAN),
    UNDER_35("under35", "under_35", Cell.BOOLEAN),
    WOMAN("woman", "woman", Cell.BOOLEAN),
    COLLEGE("college", "college_or_above", Cell.BOOLEAN),
    FINDING("finding", "finding", Cell.TEXT),
    OBSERVED("observed", "observed", Cell.COUNT),
    THRESHOLD("threshold", "threshold", Cell.COUNT),
    HELD_ON("heldOn", "held_on", Cell.DATE),
    KIND("kind", "kind", Cell.TEXT),
    TOPIC("topic", "topic", Cell.TEXT),
    EXPECTED("expected", "expected", Cell.COUNT),
    ATTENDED("attended", "attended", Cell.COUNT),
    ORGANIZATION_KIND("organizationKind", "org_kind", Cell.TEXT),
    GENERAL_MEETINGS("generalMeetings", "general_meetings", Cell.COUNT),
    PARTY_LECTURES("partyLectures", "party_lectures", Cell.COUNT),
    COMMITTEE_MONTHS_HELD("committeeMonthsHeld", "committee_months_held", Cell.COUNT),
    COMMITTEE_MONTHS_REQUIRED("committeeMonthsRequired", "committee_months_required", Cell.COUNT),
    GROUP_MONTHS_HELD("groupMonthsHeld", "group_months_held", Cell.COUNT),
    GROUP_MONTHS_REQUIRED("groupMonthsRequired", "group_months_required", Cell.COUNT),
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
    ONSITE_IN_QUARTER("onsiteInQuarter", "onsite_in_quarter", Cell.COUNT),
    /** Contacted this month, or overdue. */
    LIAISON_STATUS("liaisonStatus", "liaison_status", Cell.LABELS),
    CONTACTED_ON("contactedOn", "contacted_on", Cell.DATE),
    MODE("mode", "mode", Cell.TEXT),
    SUMMARY("summary", "summary", Cell.TEXT),
    /** What a contact counts in: this month's contacts, the quarter's on-site visits, or both. */
    COUNTED_IN("countedIn", "counted_in", Cell.LABELS),
    GRADE("grade", "grade", Cell.TEXT),
    SCORE("score", "score", Cell.SCORE),
    PREVIOUS_GRADE("previousGrade", "previous_grade", Cell.TEXT),
    PREVIOUS_SCORE("previousScore", "previous_score", Cell.SCORE),
    /** A migration's first period's grade and score (the pages compare any two periods, not only consecutive ones). */
    FROM_GRADE("fromGrade", "previous_grade", Cell.TEXT),
    FROM_SCORE("fromScore", "previous_score", Cell.SCORE),
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
        /** A grading score, written with one decimal. */
        SCORE(DataTable.Kind.SCORE),
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
