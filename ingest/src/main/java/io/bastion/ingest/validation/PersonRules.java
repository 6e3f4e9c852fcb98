package io.bastion.ingest.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The rules on an id number, a unit code and the admission stages (DOMAIN.md §Rules). */
final class PersonRules
{
    private static final String[] STAGE_HEADERS = {"申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期"};

    private PersonRules() {}

    /**
     * Checks shape and check digit of an id number (already compacted: upper case, no separators;
     * {@code shown} is the value as received); returns the birth date it encodes, or null when it
     * is invalid. A number cell keeps 15 significant digits, so an id number Excel stored as a
     * number has lost its last three: that is said, not blamed on the check digit.
     */
    static LocalDate idNumber(RowReader reader, String header, String id, String shown)
    {
        boolean shaped = idNumberShaped(id);
        boolean valid = shaped && birthDate(id) != null && id.charAt(17) == CheckDigits.idNumberCheck(id.substring(0, 17));
        if (reader.storedAsNumber(header) && (!valid || id.endsWith("000"))) {
            reader.fail(header, Rule.ID_NUMBER_FORMAT, shown, "该单元格被 Excel 存成了数字，后三位已丢失：请把该列设为文本后重新录入",
                    "Excel stored it as a number and lost its last three digits: format the column as text and enter it again");
            return null;
        }
        if (!shaped) {
            reader.fail(header, Rule.ID_NUMBER_FORMAT, shown, "应为17位数字加1位数字或X", "expected 17 digits and a digit or X");
            return null;
        }
        LocalDate birth = birthDate(id);
        if (birth == null) {
            reader.fail(header, Rule.ID_NUMBER_FORMAT, shown, "第7–14位不是有效的出生日期", "characters 7–14 are not a valid birth date");
            return null;
        }
        char expected = CheckDigits.idNumberCheck(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            reader.fail(header, Rule.ID_NUMBER_CHECK_DIGIT, shown, "校验位应为「" + expected + "」", "the check digit should be '" + expected + "'");
            return null;
        }
        return birth;
    }

    /** 17 ASCII digits and a digit or X. */
    private static boolean idNumberShaped(String id)
    {
        if (id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        char last = id.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    /** Characters 7–14 of a well-shaped id number as a date (yyyyMMdd, strictly), or null. */
    private static LocalDate birthDate(String id)
    {
        int year = Integer.parseInt(id, 6, 10, 10);
        int month = Integer.parseInt(id, 10, 12, 10);
        int day = Integer.parseInt(id, 12, 14, 10);
        try {
            return LocalDate.of(year, month, day);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    /** Checks a unified social credit code; false when it is invalid. */
    static boolean unitCode(RowReader reader, String header, String code, String shown)
    {
        if (!CheckDigits.isUnitCodeShaped(code)) {
            reader.fail(header, Rule.UNIT_CODE_FORMAT, shown, "应为18位，由数字和除 I、O、Z、S、V 外的大写字母组成",
                    "expected 18 characters: digits and capitals other than I, O, Z, S, V");
            return false;
        }
        char expected = CheckDigits.unitCodeCheck(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            reader.fail(header, Rule.UNIT_CODE_CHECK_DIGIT, shown, "「" + code + "」的校验位应为「" + expected + "」",
                    "the check character of '" + code + "' should be '" + expected + "'");
            return false;
        }
        return true;
    }

    /** applied_on ≤ activist_on ≤ candidate_on ≤ joined_on ≤ full_on over the dates present; the first break is reported. */
    static void stageOrder(RowReader reader, LocalDate[] dates)
    {
        int previous = -1;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (previous >= 0 && dates[i].isBefore(dates[previous])) {
                reader.fail(STAGE_HEADERS[i], Rule.STAGE_DATES_REVERSED, dates[i].toString(),
                        "早于「" + STAGE_HEADERS[previous] + "」" + dates[previous],
                        "earlier than " + STAGE_HEADERS[previous] + " " + dates[previous]);
                return;
            }
            previous = i;
        }
    }

    /**
     * The stage agrees with the dates present (DOMAIN.md §Rules). A date written but unreadable is
     * present: it breaks INVALID_DATE, not this rule as well.
     */
    static void stageAgreement(RowReader reader, String stage, boolean[] present)
    {
        int last = switch (stage) {
            case "入党申请人" -> 0;
            case "入党积极分子" -> 1;
            case "发展对象" -> 2;
            case "预备党员" -> 3;
            default -> 4;
        };
        for (int i = last + 1; i < present.length; i++) {
            if (present[i]) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, stage + "不应有「" + STAGE_HEADERS[i] + "」",
                        "a " + stage + " has no " + STAGE_HEADERS[i]);
                return;
            }
        }
        if (last == 4) {
            if (present[3] && !present[4]) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, "正式党员有「入党日期」时应有「转正日期」", "a 正式党员 with 入党日期 also has 转正日期");
            }
            else if (present[4] && !present[3]) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, "有「转正日期」时应有「入党日期」", "转正日期 needs 入党日期");
            }
            return;
        }
        if (!present[last]) {
            reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, stage + "应有「" + STAGE_HEADERS[last] + "」",
                    "a " + stage + " has " + STAGE_HEADERS[last]);
        }
    }
}
