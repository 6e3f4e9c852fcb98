package io.bastion.ingest.validation;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule in one row: where (table, row, column), which rule, the value as received, and
 * the message in Chinese and English.
 */
public record Violation(String table, int rowNo, String column, Rule rule, String value, String chinese, String english)
{
    public Violation
    {
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(value, "value is null");
        requireNonNull(chinese, "chinese is null");
        requireNonNull(english, "english is null");
    }

    /**
     * Builds the message: "人员信息 第5行「公民身份号码」：公民身份号码校验位错误（值「…」；应为「X」）".
     * The details are optional and already localized.
     */
    public static Violation of(String table, int rowNo, String column, Rule rule, String value, String chineseDetail, String englishDetail)
    {
        String shown = value.isEmpty() ? "" : "值「" + value + "」";
        String shownEnglish = value.isEmpty() ? "" : "value '" + value + "'";
        String chinese = table + " 第" + rowNo + "行「" + column + "」：" + rule.chinese() + bracket(shown, chineseDetail, "；", "（", "）");
        String english = table + " row " + rowNo + ", column " + column + ": " + rule.english() + bracket(shownEnglish, englishDetail, "; ", " (", ")");
        return new Violation(table, rowNo, column, rule, value, chinese, english);
    }

    private static String bracket(String value, String detail, String separator, String open, String close)
    {
        String inside = value.isEmpty() ? detail : detail.isEmpty() ? value : value + separator + detail;
        return inside.isEmpty() ? "" : open + inside + close;
    }
}
