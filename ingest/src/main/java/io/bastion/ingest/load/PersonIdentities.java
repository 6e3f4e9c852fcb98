package io.bastion.ingest.load;

import io.bastion.ingest.validation.ValidRows;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's name, id number, gender, ethnicity and birth date: every version a valid roster row gave is
 * kept in restricted.person_identity_history with the months it was reported in, and the version
 * reported last (by report month, then 报送日期) is the one in restricted.person_identity and dim_person.
 * Rows of superseded submissions count too, so the result does not depend on the order files arrive in.
 */
final class PersonIdentities
{
    private static final String SAME_VERSION = """
            h.person_key = v.person_key AND h.name IS NOT DISTINCT FROM v.name AND h.id_number IS NOT DISTINCT FROM v.id_number
            AND h.gender IS NOT DISTINCT FROM v.gender AND h.ethnicity IS NOT DISTINCT FROM v.ethnicity AND h.birth_date IS NOT DISTINCT FROM v.birth_date
            """;
    /** The versions the transaction's rows gave, each with the first and the last (month, 报送日期) it was reported in. */
    private static final String BATCH_VERSIONS = """
            (SELECT person_key, name, id_number, gender, ethnicity, birth_date, min(month_key) AS first_month_key,
                    max({'month': month_key, 'day': submitted_on}) AS last
             FROM restricted.scratch_identity GROUP BY ALL) AS v
            """;
    private static final String WIDEN_KNOWN_VERSIONS = """
            UPDATE restricted.person_identity_history AS h
            SET first_month_key = least(h.first_month_key, v.first_month_key),
                last_month_key = CASE WHEN v.last > {'month': h.last_month_key, 'day': h.last_submitted_on} THEN v.last.month ELSE h.last_month_key END,
                last_submitted_on = CASE WHEN v.last > {'month': h.last_month_key, 'day': h.last_submitted_on} THEN v.last.day ELSE h.last_submitted_on END
            FROM %s
            WHERE %s AND (v.first_month_key < h.first_month_key OR v.last > {'month': h.last_month_key, 'day': h.last_submitted_on})
            """.formatted(BATCH_VERSIONS, SAME_VERSION);
    private static final String ADD_NEW_VERSIONS = """
            INSERT INTO restricted.person_identity_history
            SELECT v.person_key, v.name, v.id_number, v.gender, v.ethnicity, v.birth_date, v.first_month_key, v.last.month, v.last.day
            FROM %s
            WHERE NOT EXISTS (SELECT 1 FROM restricted.person_identity_history AS h WHERE %s)
            """.formatted(BATCH_VERSIONS, SAME_VERSION);
    /** For each person the transaction touched: the version in force, and the first month any version was reported in. */
    private static final String IN_FORCE = """
            (SELECT *, min(first_month_key) OVER (PARTITION BY person_key) AS first_month
             FROM restricted.person_identity_history
             WHERE person_key IN (SELECT person_key FROM restricted.scratch_identity)
             QUALIFY row_number() OVER (PARTITION BY person_key
                     ORDER BY last_month_key DESC, last_submitted_on DESC, name, id_number, gender, ethnicity, birth_date) = 1) AS v
            """;
    private static final String APPLY_TO_IDENTITY = """
            UPDATE restricted.person_identity AS i SET name = v.name, id_number = v.id_number
            FROM %s
            WHERE i.person_key = v.person_key AND (i.name IS DISTINCT FROM v.name OR i.id_number IS DISTINCT FROM v.id_number)
            """.formatted(IN_FORCE);
    private static final String APPLY_TO_DIMENSION = """
            UPDATE dim_person AS d SET gender = v.gender, ethnicity = v.ethnicity, birth_date = v.birth_date, first_month = v.first_month
            FROM %s
            WHERE d.person_key = v.person_key
              AND (d.gender IS DISTINCT FROM v.gender OR d.ethnicity IS DISTINCT FROM v.ethnicity OR d.birth_date IS DISTINCT FROM v.birth_date
                   OR d.first_month <> v.first_month)
            """.formatted(IN_FORCE);

    /** Run after the rows are appended, in this order; the last empties the working table before the transaction commits. */
    static final List<String> APPLY = List.of(WIDEN_KNOWN_VERSIONS, ADD_NEW_VERSIONS, APPLY_TO_IDENTITY, APPLY_TO_DIMENSION,
            "DELETE FROM restricted.scratch_identity");

    private PersonIdentities() {}

    /**
     * Writes the people of the roster who got their key in this transaction ({@link PersonDirectory#addNewcomers};
     * a roster names a person once: DUPLICATE_ROW), and notes what each valid row says of the person.
     */
    static void append(Appenders appenders, PersonDirectory persons, int monthKey, LocalDate submittedOn, List<ValidRows.Person> people,
            Versions versions)
            throws SQLException
    {
        DuckDBAppender dimension = appenders.table("dim_person");
        DuckDBAppender identity = appenders.table("restricted", "person_identity");
        for (ValidRows.Person person : people) {
            long key = persons.key(person.personNo()).orElseThrow();
            if (persons.toWrite(person.personNo())) {
                Nullable.text(dimension.beginRow().append(key), person.gender());
                Nullable.text(dimension, person.ethnicity());
                Nullable.date(dimension, person.birthDate()).append(monthKey).endRow();
                Nullable.text(identity.beginRow().append(key).append(person.personNo()), person.name());
                Nullable.text(identity, person.idNumber()).endRow();
            }
            versions.add(key, monthKey, submittedOn, person);
        }
    }

    /**
     * The versions of people the transaction's rows gave, each with the first month and the last (month, 报送日期) it
     * was reported in: a person on every monthly roster of the transaction is one line of restricted.scratch_identity
     * per version (two when its first and last months differ), not one per roster, for {@link #APPLY}.
     */
    static final class Versions
    {
        private final Map<Version, Reported> reported = new LinkedHashMap<>();

        void add(long personKey, int monthKey, LocalDate submittedOn, ValidRows.Person person)
        {
            Version version = new Version(personKey, person.name(), person.idNumber(), person.gender(), person.ethnicity(), person.birthDate());
            // One lookup per row (a get and a put compared every field of the version twice).
            reported.compute(version, (same, before) -> before == null ? new Reported(monthKey, monthKey, submittedOn) : before.with(monthKey, submittedOn));
        }

        void appendTo(Appenders appenders)
                throws SQLException
        {
            DuckDBAppender lines = appenders.table("restricted", "scratch_identity");
            for (Map.Entry<Version, Reported> entry : reported.entrySet()) {
                Reported months = entry.getValue();
                if (months.first() != months.last()) {
                    // The first month's day does not count: the last (month, day) is the later of the two lines.
                    line(lines, entry.getKey(), months.first(), months.lastDay());
                }
                line(lines, entry.getKey(), months.last(), months.lastDay());
            }
            reported.clear();
        }

        private static void line(DuckDBAppender lines, Version version, int monthKey, LocalDate submittedOn)
                throws SQLException
        {
            lines.beginRow().append(version.personKey()).append(monthKey).append(submittedOn);
            Nullable.text(lines, version.name());
            Nullable.text(lines, version.idNumber());
            Nullable.text(lines, version.gender());
            Nullable.text(lines, version.ethnicity());
            Nullable.date(lines, version.birthDate()).endRow();
        }
    }

    /** What a row says of a person (null where it says nothing). */
    private record Version(long personKey, String name, String idNumber, String gender, String ethnicity, LocalDate birthDate) {}

    /** The first month a version was reported in, and the last month with its latest 报送日期. */
    private record Reported(int first, int last, LocalDate lastDay)
    {
        Reported with(int monthKey, LocalDate submittedOn)
        {
            int firstMonth = Math.min(first, monthKey);
            if (monthKey > last || (monthKey == last && submittedOn.isAfter(lastDay))) {
                return new Reported(firstMonth, monthKey, submittedOn);
            }
            return new Reported(firstMonth, last, lastDay);
        }
    }
}
