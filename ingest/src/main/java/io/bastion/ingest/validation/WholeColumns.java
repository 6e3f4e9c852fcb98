package io.bastion.ingest.validation;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.format.RawRow;
import io.bastion.ingest.format.RawTable;
import io.bastion.ingest.format.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule broken down a whole column, or most of it, is a problem of the file, not of its rows: a
 * column in another spelling, id numbers Excel stored as numbers. Loading the few rows left would
 * replace last month's roster with a hollow one, so the whole delivery is refused instead and what
 * was loaded before stays in force. "Most" is every row of a table of 2 or 3 rows, and at least
 * half the rows of a table of {@value #SHARE_FROM_ROWS} or more. 组织信息 has one row and its own refusal.
 */
public final class WholeColumns
{
    static final int SHARE_FROM_ROWS = 4;
    private static final String ID_NUMBER = "公民身份号码";
    /** What is left of an 18-digit id number a number cell kept: 15 significant digits. */
    private static final Pattern FIFTEEN_DIGITS_AND_ZEROS = Pattern.compile("\\d{15}000");

    private WholeColumns() {}

    /** The refusal for the first table with a column broken down its length, if there is one. */
    public static Optional<FileRejectedException> problem(ValidatedTables tables)
    {
        for (RawTable table : tables.raw()) {
            int rows = table.rows().size();
            if (table.table() == InputTable.ORGANIZATION || rows < 2) {
                continue;
            }
            int threshold = rows >= SHARE_FROM_ROWS ? (rows + 1) / 2 : rows;
            Optional<FileRejectedException> problem = idNumbersStoredAsNumbers(table, threshold)
                    .or(() -> brokenColumn(table, tables.rejected(), threshold));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** An 18-digit number keeps 15 significant digits in a number cell: the column reads 3.20501199003071E+17 or ends in 000. */
    private static Optional<FileRejectedException> idNumbersStoredAsNumbers(RawTable table, int threshold)
    {
        if (table.table() != InputTable.PEOPLE) {
            return Optional.empty();
        }
        List<RawRow> lost = table.rows().stream().filter(WholeColumns::lostDigits).toList();
        if (lost.size() < threshold) {
            return Optional.empty();
        }
        RawRow first = lost.get(0);
        String value = first.value(ID_NUMBER).orElseThrow();
        return Optional.of(new FileRejectedException(FileError.ID_NUMBERS_AS_NUMBERS, table.fileName(),
                "「" + table.table().sheetName() + "」" + share(lost.size(), table.rows().size()) + "的「" + ID_NUMBER + "」是数字（如第"
                        + first.rowNo() + "行「" + value + "」），该列被 Excel 存成了数字，后三位已丢失：请把该列设为文本后重新录入",
                "in " + table.table().sheetName() + ", " + shareEnglish(lost.size(), table.rows().size()) + " hold a number in " + ID_NUMBER
                        + " (row " + first.rowNo() + ": '" + value + "'): Excel stored the column as numbers and lost their last three digits: "
                        + "format the column as text and enter them again"));
    }

    private static boolean lostDigits(RawRow row)
    {
        return row.value(ID_NUMBER)
                .map(value -> Values.scientific(value) || FIFTEEN_DIGITS_AND_ZEROS.matcher(Values.code(value)).matches())
                .orElse(false);
    }

    private static final java.util.Set<Rule> WAITS_FOR_A_REFERENCE = java.util.EnumSet.of(Rule.UNKNOWN_PARENT_ORGANIZATION, Rule.UNKNOWN_ORGANIZATION,
            Rule.UNKNOWN_UNIT);

    private static Optional<FileRejectedException> brokenColumn(RawTable table, List<RejectedRow> rejected, int threshold)
    {
        Map<String, List<Violation>> byColumnAndRule = new LinkedHashMap<>();
        for (RejectedRow row : rejected) {
            if (!row.table().equals(table.table().sheetName())) {
                continue;
            }
            for (Violation violation : row.violations()) {
                if (WAITS_FOR_A_REFERENCE.contains(violation.rule())) {
                    // Not a broken column: such rows wait until the organization or unit arrives, and load then.
                    continue;
                }
                List<Violation> group = byColumnAndRule.computeIfAbsent(violation.column() + "|" + violation.rule(), key -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1).rowNo() != violation.rowNo()) {
                    group.add(violation);
                }
            }
        }
        return byColumnAndRule.values().stream()
                .filter(group -> group.size() >= threshold)
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .map(group -> {
                    Violation first = group.get(0);
                    int rows = table.rows().size();
                    return new FileRejectedException(FileError.COLUMN_INVALID, table.fileName(),
                            "「" + table.table().sheetName() + "」" + share(group.size(), rows) + "的「" + first.column() + "」列"
                                    + (group.size() == rows ? "都" : "") + "有同一问题：" + first.rule().chinese() + "；第一处：" + first.chinese(),
                            "in " + table.table().sheetName() + ", " + shareEnglish(group.size(), rows) + " have the same problem in column "
                                    + first.column() + ": " + first.rule().english() + "; the first: " + first.english());
                });
    }

    private static String share(int broken, int rows)
    {
        return broken == rows ? "全部 " + rows + " 行" : rows + " 行中有 " + broken + " 行";
    }

    private static String shareEnglish(int broken, int rows)
    {
        return broken == rows ? "all " + rows + " rows" : broken + " of " + rows + " rows";
    }
}
