package io.bastion.ingest.load;

import io.bastion.ingest.validation.ValidRows;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
     * Gives a key to each person of the roster not seen before (a roster names a person once: DUPLICATE_ROW)
     * and lists what each valid row says of the person, for {@link #APPLY}.
     */
    static void append(Appenders appenders, PersonDirectory persons, DuckDBConnection connection, int monthKey, LocalDate submittedOn,
            List<ValidRows.Person> people)
            throws SQLException
    {
        List<ValidRows.Person> newcomers = new ArrayList<>();
        for (ValidRows.Person person : people) {
            if (persons.key(person.personNo()).isEmpty()) {
                newcomers.add(person);
            }
        }
        long[] keys = Sequences.next(connection, "person_key_seq", newcomers.size());
        DuckDBAppender dimension = appenders.table("dim_person");
        DuckDBAppender identity = appenders.table("restricted", "person_identity");
        for (int i = 0; i < newcomers.size(); i++) {
            ValidRows.Person person = newcomers.get(i);
            persons.add(person.personNo(), keys[i]);
            Nullable.text(dimension.beginRow().append(keys[i]), person.gender());
            Nullable.text(dimension, person.ethnicity());
            Nullable.date(dimension, person.birthDate()).append(monthKey).endRow();
            Nullable.text(identity.beginRow().append(keys[i]).append(person.personNo()), person.name());
            Nullable.text(identity, person.idNumber()).endRow();
        }
        DuckDBAppender versions = appenders.table("restricted", "scratch_identity");
        for (ValidRows.Person person : people) {
            versions.beginRow().append(persons.key(person.personNo()).orElseThrow()).append(monthKey).append(submittedOn);
            Nullable.text(versions, person.name());
            Nullable.text(versions, person.idNumber());
            Nullable.text(versions, person.gender());
            Nullable.text(versions, person.ethnicity());
            Nullable.date(versions, person.birthDate()).endRow();
        }
    }
}
