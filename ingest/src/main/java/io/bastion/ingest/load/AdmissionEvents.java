package io.bastion.ingest.load;

import java.util.List;

/**
 * fact_admission_event: each person's stage dates, read from their latest current roster row (latest month,
 * then latest 报送日期; a person on two rosters of the same month and day is read from the greater 组织代码, not
 * the later arrival, so the order files arrive in does not decide). person_latest_row remembers that row, so a
 * load transaction reads only its own rows: a person's latest row changes only to one of them, unless the
 * transaction deleted one of the person's rows (a replaced submission), when it is found again among all of them.
 */
final class AdmissionEvents
{
    private static final String LATEST_ROW_COLUMNS = """
            p.person_key, p.submission_id, p.month_key, s.submitted_on, p.org_code, p.applied_on, p.activist_on, p.candidate_on, p.joined_on, p.full_on,
            p.run_id, p.file_id""";
    private static final String LATEST_FIRST = "row_number() OVER (PARTITION BY p.person_key ORDER BY p.month_key DESC, s.submitted_on DESC, p.org_code DESC) = 1";
    private static final String CHANGED = "(SELECT person_key FROM scratch_person UNION SELECT person_key FROM scratch_latest)";

    /** People who lost a row: their latest among all their rows now (none when they have no row left). */
    private static final String LATEST_OF_ALL_ROWS = """
            INSERT INTO scratch_latest
            SELECT %s
            FROM fact_person_month p JOIN fact_submission s USING (submission_id)
            WHERE p.person_key IN (SELECT person_key FROM scratch_person)
            QUALIFY %s
            """.formatted(LATEST_ROW_COLUMNS, LATEST_FIRST);
    /** The others: the latest of the transaction's rows of each person, where it comes after the person's latest row so far. */
    private static final String LATEST_OF_NEW_ROWS = """
            INSERT INTO scratch_latest
            SELECT n.*
            FROM (SELECT %s
                  FROM fact_person_month p JOIN fact_submission s USING (submission_id)
                  WHERE p.file_id IN (SELECT file_id FROM scratch_file) AND p.person_key NOT IN (SELECT person_key FROM scratch_person)
                  QUALIFY %s) n
            LEFT JOIN person_latest_row l USING (person_key)
            WHERE l.person_key IS NULL
               OR {'month': n.month_key, 'day': n.submitted_on, 'org': n.org_code} > {'month': l.month_key, 'day': l.submitted_on, 'org': l.org_code}
            """.formatted(LATEST_ROW_COLUMNS, LATEST_FIRST);
    private static final String EVENTS = """
            INSERT INTO fact_admission_event
            WITH events AS (
                SELECT person_key, '入党申请人' AS stage, applied_on AS event_date, org_code, submission_id, run_id, file_id FROM scratch_latest WHERE applied_on IS NOT NULL
                UNION ALL
                SELECT person_key, '入党积极分子', activist_on, org_code, submission_id, run_id, file_id FROM scratch_latest WHERE activist_on IS NOT NULL
                UNION ALL
                SELECT person_key, '发展对象', candidate_on, org_code, submission_id, run_id, file_id FROM scratch_latest WHERE candidate_on IS NOT NULL
                UNION ALL
                SELECT person_key, '预备党员', joined_on, org_code, submission_id, run_id, file_id FROM scratch_latest WHERE joined_on IS NOT NULL
                UNION ALL
                SELECT person_key, '正式党员', full_on, org_code, submission_id, run_id, file_id FROM scratch_latest WHERE full_on IS NOT NULL)
            SELECT person_key, stage, event_date, year(event_date) * 100 + month(event_date), org_code, submission_id, run_id, file_id
            FROM events
            """;

    /** Run after the transaction's rows are appended and the replaced ones deleted, in this order. */
    static final List<String> UPDATE = List.of(
            LATEST_OF_ALL_ROWS,
            LATEST_OF_NEW_ROWS,
            "DELETE FROM fact_admission_event WHERE person_key IN " + CHANGED,
            "DELETE FROM person_latest_row WHERE person_key IN " + CHANGED,
            "INSERT INTO person_latest_row SELECT person_key, submission_id, month_key, submitted_on, org_code FROM scratch_latest",
            EVENTS);

    private AdmissionEvents() {}
}
