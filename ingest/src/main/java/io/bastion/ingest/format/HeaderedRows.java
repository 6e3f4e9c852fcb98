package io.bastion.ingest.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    /** The headers found, each once; a row's values by their position. */
    private RowValues.Columns columns;
    /** For each position of the file's columns, the position of its header among {@link #columns}, or -1. */
    private int[] columnOf;

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
                columns = new RowValues.Columns(Arrays.stream(positions).filter(Objects::nonNull).distinct().toList());
                columnOf = Arrays.stream(positions).mapToInt(name -> name == null ? -1 : columns.position(name)).toArray();
                return;
            }
            above.add(line);
            if (above.size() >= Headers.SEARCH_ROWS) {
                throw Headers.noHeaderRow(table, above, fileName);
            }
            return;
        }
        String[] values = new String[columns.size()];
        List<String> numbers = null;
        boolean any = false;
        for (int i = 0; i < Math.min(positions.length, cells.size()); i++) {
            if (positions[i] == null) {
                continue;
            }
            String value = Headers.clean(cells.get(i));
            if (!value.isEmpty()) {
                // A header twice in the file: the last column with a value counts.
                values[columnOf[i]] = value;
                any = true;
                if (storedAsNumber.test(i)) {
                    numbers = numbers == null ? new ArrayList<>(2) : numbers;
                    numbers.add(positions[i]);
                }
            }
        }
        if (any) {
            rows.add(new RawRow(rowNo, columns.row(values), numbers == null ? Set.of() : Set.copyOf(numbers)));
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
