package io.bastion.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A list or a chart's data as pages, the JSON API and the .xlsx export all see it: named columns with a kind that says
 * how to write the value (83.3%, 6,012, 98 天, 2025年10月), rows, and why it is empty when it is.
 */
public record DataTable(String id, String title, List<Column> columns, List<Map<String, Object>> rows, Optional<String> emptyReason)
{
    public DataTable
    {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        requireNonNull(emptyReason, "emptyReason is null");
    }

    /** How a column's values read. */
    public enum Kind
    {
        TEXT, COUNT, RATE, NUMBER, SCORE, DAYS, DATE, MONTH, BOOLEAN, ORGANIZATION, LINK
    }

    /** One column: its key in the rows, its header and its kind. */
    public record Column(String key, String label, Kind kind)
    {
        public Column
        {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
            requireNonNull(kind, "kind is null");
        }
    }

    public static Builder builder(String id, String title)
    {
        return new Builder(id, title);
    }

    /** Builds a table column by column, then row by row in the columns' order. */
    public static final class Builder
    {
        private final String id;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private String emptyReason;

        private Builder(String id, String title)
        {
            this.id = id;
            this.title = title;
        }

        public Builder column(String key, String label, Kind kind)
        {
            columns.add(new Column(key, label, kind));
            return this;
        }

        /** Values in the order of the columns; null stays blank. */
        public Builder row(Object... values)
        {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(id + ": " + values.length + " values for " + columns.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i).key(), values[i]);
            }
            rows.add(row);
            return this;
        }

        public Builder emptyReason(String reason)
        {
            this.emptyReason = reason;
            return this;
        }

        public DataTable build()
        {
            return new DataTable(id, title, columns, rows, rows.isEmpty() ? Optional.ofNullable(emptyReason) : Optional.empty());
        }
    }
}
