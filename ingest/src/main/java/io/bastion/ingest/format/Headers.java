package io.bastion.ingest.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds a table's header row among its first rows (a title row, often merged across the columns,
 * may stand above it) and maps column positions to headers. Headers are compared the way a person
 * reads them: without spaces or line breaks, a leading {@code *} or a {@code （必填）} mark, in either width.
 */
final class Headers
{
    /** How many non-blank rows above the header row a sender may put titles or notes in. */
    static final int SEARCH_ROWS = 10;
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000\\u200B\\uFEFF]");
    private static final Pattern REQUIRED_MARK = Pattern.compile("\\(必填\\)|【必填】|\\[必填]|^\\*+|\\*+$");
    private static final int SHOWN_ROWS = 3;
    private static final int SHOWN_CELLS = 8;
    private static final Map<InputTable, Map<String, String>> BY_KEY = new EnumMap<>(InputTable.class);
    /** Headers as files spelled them, with the canonical header each stands for. */
    private static final Map<InputTable, Map<String, Optional<String>>> SEEN = new EnumMap<>(InputTable.class);
    private static final int SEEN_LIMIT = 1_000;

    static {
        for (InputTable table : InputTable.values()) {
            Map<String, String> byKey = new HashMap<>();
            table.headers().forEach(header -> byKey.put(key(header), header));
            BY_KEY.put(table, byKey);
            SEEN.put(table, new ConcurrentHashMap<>());
        }
    }

    private Headers() {}

    /** One row of a file before the header row is known: its number as the sender sees it, and its cells as text. */
    record Line(int rowNo, List<String> cells)
    {
        Line
        {
            cells = List.copyOf(cells);
        }

        boolean blank()
        {
            return cells.stream().allMatch(cell -> clean(cell).isEmpty());
        }
    }

    /**
     * For each position of the header row, the known header there, or null for a column we do not
     * read; empty when the row lacks a required header.
     */
    static Optional<String[]> positions(InputTable table, Line line)
    {
        String[] positions = mapped(table, line);
        return missing(table, positions).isEmpty() ? Optional.of(positions) : Optional.empty();
    }

    /** The canonical header a file's header stands for, if it is one of the table's. */
    static Optional<String> canonical(InputTable table, String fileHeader)
    {
        Map<String, Optional<String>> seen = SEEN.get(table);
        Optional<String> canonical = seen.get(fileHeader);
        if (canonical == null) {
            canonical = Optional.ofNullable(BY_KEY.get(table).get(key(fileHeader)));
            // Every JSON row names its headers again: the few spellings senders use are remembered, not normalized each time.
            if (seen.size() < SEEN_LIMIT) {
                seen.put(fileHeader, canonical);
            }
        }
        return canonical;
    }

    /**
     * The refusal when none of the first rows holds every required header: which are missing from
     * the row closest to a header row, which of its headers were not recognized, and what the
     * rows down to it hold.
     */
    static FileRejectedException noHeaderRow(InputTable table, List<Line> firstRows, String fileName)
    {
        if (firstRows.isEmpty()) {
            return new FileRejectedException(FileError.MISSING_COLUMN, fileName,
                    "「" + table.sheetName() + "」没有表头", "'" + table.sheetName() + "' has no header row");
        }
        Line closest = firstRows.get(0);
        int most = -1;
        for (Line line : firstRows) {
            int known = known(mapped(table, line));
            if (known > most) {
                closest = line;
                most = known;
            }
        }
        String[] positions = mapped(table, closest);
        List<String> missing = missing(table, positions);
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            String cell = clean(closest.cells().get(i));
            if (positions[i] == null && !cell.isEmpty()) {
                unrecognized.add(cell);
            }
        }
        StringBuilder chinese = new StringBuilder(table.sheetName() + " 缺少列：" + String.join("、", missing)
                + "（按第" + closest.rowNo() + "行读表头");
        StringBuilder english = new StringBuilder(table.sheetName() + " lacks the column(s) " + String.join(", ", missing)
                + " (row " + closest.rowNo() + " read as the header row");
        if (!unrecognized.isEmpty()) {
            chinese.append("，其中未能识别的表头：「").append(String.join("」「", unrecognized)).append("」");
            english.append("; headers not recognized there: '").append(String.join("', '", unrecognized)).append("'");
        }
        chinese.append("；文件前几行为：");
        english.append("; the first rows hold: ");
        // The rows down to the one read as the header: the rows below it are data, and may hold personal data.
        int end = firstRows.indexOf(closest) + 1;
        List<Line> shown = firstRows.subList(Math.max(0, end - SHOWN_ROWS), end);
        for (int i = 0; i < shown.size(); i++) {
            chinese.append(i == 0 ? "" : "；").append("第").append(shown.get(i).rowNo()).append("行「").append(summary(shown.get(i))).append("」");
            english.append(i == 0 ? "" : "; ").append("row ").append(shown.get(i).rowNo()).append(" '").append(summary(shown.get(i))).append("'");
        }
        return new FileRejectedException(FileError.MISSING_COLUMN, fileName, chinese.append("）").toString(), english.append(")").toString());
    }

    /** A value without the blanks around it (also non-breaking and full-width spaces, and a byte order mark). */
    static String clean(String value)
    {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && invisible(value.charAt(start))) {
            start++;
        }
        while (end > start && invisible(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The characters {@link #INVISIBLE} matches: the whitespace of a regular expression, and the spaces and marks that do not show. */
    private static boolean invisible(char c)
    {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B', '\uFEFF' -> true;
            default -> false;
        };
    }

    /** A header as it is compared: half width, no blanks or line breaks, no required mark. */
    static String key(String header)
    {
        String value = Normalizer.normalize(clean(header), Normalizer.Form.NFKC);
        value = INVISIBLE.matcher(value).replaceAll("");
        return REQUIRED_MARK.matcher(value).replaceAll("");
    }

    private static String[] mapped(InputTable table, Line line)
    {
        String[] positions = new String[line.cells().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = canonical(table, line.cells().get(i)).orElse(null);
        }
        return positions;
    }

    private static List<String> missing(InputTable table, String[] positions)
    {
        List<String> seen = new ArrayList<>();
        for (String header : positions) {
            if (header != null) {
                seen.add(header);
            }
        }
        return table.columns().stream()
                .filter(column -> !column.optionalInFile())
                .map(InputTable.Column::header)
                .filter(header -> !seen.contains(header))
                .toList();
    }

    private static int known(String[] positions)
    {
        int known = 0;
        for (String header : positions) {
            if (header != null) {
                known++;
            }
        }
        return known;
    }

    /** A row as a secretary would recognize it: its first non-blank cells. */
    private static String summary(Line line)
    {
        List<String> cells = line.cells().stream().map(Headers::clean).filter(cell -> !cell.isEmpty()).toList();
        String shown = String.join(" | ", cells.subList(0, Math.min(SHOWN_CELLS, cells.size())));
        return cells.size() > SHOWN_CELLS ? shown + " | …" : shown;
    }
}
