package io.bastion.ingest.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The rules on an id number, a unit code and the admission stages (DOMAIN.md §Rules). */
final class PersonRules
{
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final String[] STAGE_HEADERS = {"申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期"};

    private PersonRules() {}

    /** Checks shape and check digit; returns the birth date it encodes, or null when it is invalid. */
    static LocalDate idNumber(RowReader reader, String header, String id)
    {
        if (!id.matches("\\d{17}[0-9X]")) {
            reader.fail(header, Rule.ID_NUMBER_FORMAT, id, "应为17位数字加1位数字或X", "expected 17 digits and a digit or X");
            return null;
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(id.substring(6, 14), BIRTH);
        }
        catch (DateTimeParseException e) {
            reader.fail(header, Rule.ID_NUMBER_FORMAT, id, "第7–14位不是有效的出生日期", "characters 7–14 are not a valid birth date");
            return null;
        }
        char expected = CheckDigits.idNumberCheck(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            reader.fail(header, Rule.ID_NUMBER_CHECK_DIGIT, id, "校验位应为「" + expected + "」", "the check digit should be '" + expected + "'");
            return null;
        }
        return birth;
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

    /** The stage agrees with the dates present (DOMAIN.md §Rules). */
    static void stageAgreement(RowReader reader, String stage, LocalDate[] dates)
    {
        int last = switch (stage) {
            case "入党申请人" -> 0;
            case "入党积极分子" -> 1;
            case "发展对象" -> 2;
            case "预备党员" -> 3;
            default -> 4;
        };
        for (int i = last + 1; i < dates.length; i++) {
            if (dates[i] != null) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, stage + "不应有「" + STAGE_HEADERS[i] + "」",
                        "a " + stage + " has no " + STAGE_HEADERS[i]);
                return;
            }
        }
        if (last == 4) {
            if (dates[3] != null && dates[4] == null) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, "正式党员有「入党日期」时应有「转正日期」", "a 正式党员 with 入党日期 also has 转正日期");
            }
            else if (dates[4] != null && dates[3] == null) {
                reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, "有「转正日期」时应有「入党日期」", "转正日期 needs 入党日期");
            }
            return;
        }
        if (dates[last] == null) {
            reader.fail("身份", Rule.STAGE_DATES_INCONSISTENT, stage, stage + "应有「" + STAGE_HEADERS[last] + "」",
                    "a " + stage + " has " + STAGE_HEADERS[last]);
        }
    }
}
