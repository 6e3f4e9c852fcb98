package io.bastion.ingest.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Collects a table's rows as a sheet or CSV yields them: the first row among the first
 * {@link Headers#SEARCH_ROWS} non-blank ones that holds every required header is the header row
 * (rows above it, such as a merged title, are not data), the rows after it are data.
 */
final class HeaderedRows
{
    private final InputTable table;
    private final String fileName;
    private final List<Headers.Line> above = new ArrayList<>();
    private final List<RawRow> rows = new ArrayList<>();
    private String[] positions;

    HeaderedRows(InputTable table, String fileName)
    {
        this.table = table;
        this.fileName = fileName;
    }

    /** Takes the next row: its number as the sender sees it, its cells as text, and which cells were stored as numbers. */
    void add(int rowNo, List<String> cells, IntPredicate storedAsNumber)
    {
        if (positions == null) {
            Headers.Line line = new Headers.Line(rowNo, cells);
            if (line.blank()) {
                return;
            }
            Optional<String[]> header = Headers.positions(table, line);
            if (header.isPresent()) {
                positions = header.get();
                return;
            }
            above.add(line);
            if (above.size() >= Headers.SEARCH_ROWS) {
                throw Headers.noHeaderRow(table, above, fileName);
            }
            return;
        }
        Map<String, String> values = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < Math.min(positions.length, cells.size()); i++) {
            String value = Headers.clean(cells.get(i));
            if (positions[i] != null && !value.isEmpty()) {
                values.put(positions[i], value);
                if (storedAsNumber.test(i)) {
                    numbers.add(positions[i]);
                }
            }
        }
        if (!values.isEmpty()) {
            rows.add(new RawRow(rowNo, values, numbers));
        }
    }

    RawTable finish()
    {
        if (positions == null) {
            throw Headers.noHeaderRow(table, above, fileName);
        }
        return new RawTable(table, fileName, rows);
    }
}
