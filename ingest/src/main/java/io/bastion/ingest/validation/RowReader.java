package io.bastion.ingest.validation;

import io.bastion.ingest.format.RawRow;
import io.bastion.ingest.format.Values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one raw row field by field, noting every broken rule. A getter that finds a bad value
 * returns null (the row is then invalid anyway) so that one pass reports all problems.
 */
final class RowReader
{
    private final String table;
    private final RawRow row;
    private final List<Violation> violations = new ArrayList<>();

    RowReader(String table, RawRow row)
    {
        this.table = table;
        this.row = row;
    }

    int rowNo()
    {
        return row.rowNo();
    }

    List<Violation> violations()
    {
        return violations;
    }

    boolean valid()
    {
        return violations.isEmpty();
    }

    String text(String header)
    {
        return row.value(header).orElse(null);
    }

    String requiredText(String header)
    {
        String value = text(header);
        if (value == null) {
            fail(header, Rule.REQUIRED, "", "", "");
        }
        return value;
    }

    String requiredMatching(String header, Pattern shape, String chineseShape, String englishShape)
    {
        String value = requiredText(header);
        if (value != null && !shape.matcher(value).matches()) {
            fail(header, Rule.INVALID_FORMAT, value, "应为" + chineseShape, "expected " + englishShape);
            return null;
        }
        return value;
    }

    LocalDate date(String header)
    {
        String value = text(header);
        if (value == null) {
            return null;
        }
        LocalDate date = Values.date(value).orElse(null);
        if (date == null) {
            fail(header, Rule.INVALID_DATE, value, "应为 YYYY-MM-DD、YYYY/M/D、YYYY年M月D日或 Excel 日期", "expected YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or an Excel date");
        }
        return date;
    }

    LocalDate requiredDate(String header)
    {
        if (text(header) == null) {
            fail(header, Rule.REQUIRED, "", "", "");
            return null;
        }
        return date(header);
    }

    String choice(String header, List<String> allowed, boolean required)
    {
        String value = required ? requiredText(header) : text(header);
        if (value != null && !allowed.contains(value)) {
            fail(header, Rule.INVALID_CHOICE, value, "可选：" + String.join(" / ", allowed), "allowed: " + String.join(" / ", allowed));
            return null;
        }
        return value;
    }

    /**
     * 是 or 否 in any unambiguous spelling (Values#yesNo). A blank is {@code blank}; when that is
     * null a blank breaks REQUIRED with the given reason. Null when the value is invalid.
     */
    Boolean yesNo(String header, Boolean blank, String chineseReason, String englishReason)
    {
        String value = text(header);
        if (value == null) {
            if (blank == null) {
                fail(header, Rule.REQUIRED, "", chineseReason, englishReason);
            }
            return blank;
        }
        Boolean answer = Values.yesNo(value).orElse(null);
        if (answer == null) {
            fail(header, Rule.INVALID_CHOICE, value, "可选：是 / 否", "allowed: 是 / 否");
        }
        return answer;
    }

    /** Whether the sender's spreadsheet stored the cell as a number, or it reads like one Excel shortened (3.2E+17). */
    boolean storedAsNumber(String header)
    {
        return row.storedAsNumber(header) || row.value(header).map(Values::scientific).orElse(false);
    }

    Integer count(String header, boolean required)
    {
        String value = required ? requiredText(header) : text(header);
        if (value == null) {
            return null;
        }
        Integer number = Values.nonNegativeInteger(value).orElse(null);
        if (number == null) {
            fail(header, Rule.INVALID_NUMBER, value, "应为非负整数", "expected a non-negative whole number");
        }
        return number;
    }

    BigDecimal decimal(String header, boolean required)
    {
        String value = required ? requiredText(header) : text(header);
        if (value == null) {
            return null;
        }
        BigDecimal number = Values.nonNegativeDecimal(value).orElse(null);
        if (number == null) {
            fail(header, Rule.INVALID_NUMBER, value, "应为非负数", "expected a non-negative number");
        }
        return number;
    }

    void fail(String header, Rule rule, String value, String chineseDetail, String englishDetail)
    {
        violations.add(Violation.of(table, row.rowNo(), header, rule, value, chineseDetail, englishDetail));
    }
}
