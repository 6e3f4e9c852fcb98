package io.bastion.ingest.load;

import io.bastion.ingest.validation.ValidRows;
import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Person numbers and their pseudonymous keys, held in memory for a run. */
final class PersonDirectory
{
    private final Map<String, Long> keys = new HashMap<>();
    /** Keys given in the current transaction whose person is not written yet. */
    private final Set<String> unwritten = new HashSet<>();

    static PersonDirectory load(DuckDBConnection connection)
            throws SQLException
    {
        PersonDirectory directory = new PersonDirectory();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT person_no, person_key FROM restricted.person_identity")) {
            while (rows.next()) {
                directory.keys.put(rows.getString(1), rows.getLong(2));
            }
        }
        return directory;
    }

    Optional<Long> key(String personNo)
    {
        return Optional.ofNullable(keys.get(personNo));
    }

    /**
     * Gives a key to every person of the rosters not seen before, in the order the rosters name them, drawn
     * from the sequence at once for the whole transaction.
     */
    void addNewcomers(DuckDBConnection connection, List<List<ValidRows.Person>> rosters)
            throws SQLException
    {
        List<String> newcomers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<ValidRows.Person> roster : rosters) {
            for (ValidRows.Person person : roster) {
                if (!keys.containsKey(person.personNo()) && seen.add(person.personNo())) {
                    newcomers.add(person.personNo());
                }
            }
        }
        long[] drawn = Sequences.next(connection, "person_key_seq", newcomers.size());
        for (int i = 0; i < newcomers.size(); i++) {
            keys.put(newcomers.get(i), drawn[i]);
            unwritten.add(newcomers.get(i));
        }
    }

    /** Whether the person got a key in this transaction and is still to be written; true once only. */
    boolean toWrite(String personNo)
    {
        return unwritten.remove(personNo);
    }
}
