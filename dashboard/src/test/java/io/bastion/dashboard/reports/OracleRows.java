package io.bastion.dashboard.reports;

import io.bastion.sql.Warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows read straight from the warehouse with SQL (the oracle views), independently of the code under test; integers as longs. */
public final class OracleRows
{
    private OracleRows() {}

    public static List<List<Object>> rows(Warehouse warehouse, String sql)
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    row.add(value instanceof Integer number ? Long.valueOf(number) : value);
                }
                result.add(row);
            }
            return result;
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
