package io.bastion.ingest.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Draws ids from the warehouse's sequences, many in one statement. */
final class Sequences
{
    private Sequences() {}

    /** {@code count} fresh values of the named sequence (a constant of the schema, never user input). */
    static long[] next(Connection connection, String sequence, int count)
            throws SQLException
    {
        long[] values = new long[count];
        if (count == 0) {
            return values;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('" + sequence + "') FROM range(?)")) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    values[i] = rows.getLong(1);
                }
            }
        }
        return values;
    }
}
