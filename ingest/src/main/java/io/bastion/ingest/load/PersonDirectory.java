package io.bastion.ingest.load;

import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Person numbers and their pseudonymous keys, held in memory for a run. */
final class PersonDirectory
{
    private final Map<String, Long> keys = new HashMap<>();

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

    void add(String personNo, long key)
    {
        keys.put(personNo, key);
    }
}
