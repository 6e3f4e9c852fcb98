package io.bastion.ingest.format;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values the way senders write them: dates in many spellings, numbers, 是/否, codes. */
public final class Values
{
    /** A time of day after the date, as database exports (00:00:00) and Excel's CSV export (0:00) write it. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(.+?)(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A number as Excel shows one too long for its cell: 3.20106199001011E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(?:\\.\\d+)?[eE][+]?\\d{1,2}");
    /** Separators people type inside a code: spaces (also non-breaking and full-width) and hyphens or dashes. */
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\-‐‑‒–—―]");
    private static final Set<String> YES = Set.of("是", "是的", "Y", "YES", "√", "✓", "✔", "1", "TRUE");
    private static final Set<String> NO = Set.of("否", "不是", "N", "NO", "×", "✗", "✘", "0", "FALSE");
    /** Excel's 1900 date system, past its phantom 1900-02-29: serial n is this day plus n. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials outside 1900-03-01 .. 2099-12-31 are not dates anyone means. */
    private static final int SERIAL_MIN = 61;
    private static final int SERIAL_MAX = 73050;

    private Values() {}

    /**
     * A date as ISO, 2025/3/5, 2025.3.5, 2025年3月5日 or an Excel serial, in full-width digits too,
     * with or without a time of day after it; empty when it is none of them.
     */
    public static Optional<LocalDate> date(String text)
    {
        if (canonicalShape(text)) {
            // Most cells hold the canonical form: read without normalizing it first.
            return of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        String value = plain(text) ? text : normalized(text);
        Optional<YearMonthDay> written = yearMonthDay(value);
        if (written.isPresent()) {
            return of(digits(value, 0, 4), digits(value, 5, written.get().monthEnd()), digits(value, written.get().monthEnd() + 1, written.get().dayEnd()));
        }
        int days = serial(value);
        if (days >= SERIAL_MIN && days <= SERIAL_MAX) {
            return Optional.of(EXCEL_EPOCH.plusDays(days));
        }
        return Optional.empty();
    }

    /** Where the month and the day of a date written year first end: 2025-3-5, 2025/3/5, 2025.3.5 or 2025年3月5日. */
    private record YearMonthDay(int monthEnd, int dayEnd) {}

    /**
     * The shape of YYYY-M-D, YYYY/M/D, YYYY.M.D (one separator throughout) or YYYY年M月D日 (日 optional), with ASCII
     * digits and the month and day in one or two; empty for anything else.
     */
    private static Optional<YearMonthDay> yearMonthDay(String value)
    {
        if (value.length() < 8 || digits(value, 0, 4) < 0) {
            return Optional.empty();
        }
        char afterYear = value.charAt(4);
        char afterMonth;
        if (afterYear == '-' || afterYear == '/' || afterYear == '.') {
            afterMonth = afterYear;
        }
        else if (afterYear == '年') {
            afterMonth = '月';
        }
        else {
            return Optional.empty();
        }
        int monthEnd = digitsEnd(value, 5);
        if (monthEnd - 5 < 1 || monthEnd - 5 > 2 || monthEnd >= value.length() || value.charAt(monthEnd) != afterMonth) {
            return Optional.empty();
        }
        int dayEnd = digitsEnd(value, monthEnd + 1);
        int dayDigits = dayEnd - monthEnd - 1;
        boolean ends = dayEnd == value.length() || (afterYear == '年' && dayEnd == value.length() - 1 && value.charAt(dayEnd) == '日');
        return dayDigits >= 1 && dayDigits <= 2 && ends ? Optional.of(new YearMonthDay(monthEnd, dayEnd)) : Optional.empty();
    }

    /** An Excel serial as the sender's cell shows it: one to six digits, perhaps followed by .0, .00…; -1 for anything else. */
    private static int serial(String value)
    {
        int end = digitsEnd(value, 0);
        if (end < 1 || end > 6) {
            return -1;
        }
        if (end < value.length()) {
            if (value.charAt(end) != '.' || end + 1 == value.length()) {
                return -1;
            }
            for (int i = end + 1; i < value.length(); i++) {
                if (value.charAt(i) != '0') {
                    return -1;
                }
            }
        }
        return digits(value, 0, end);
    }

    /** Where the run of ASCII digits that starts at {@code from} ends. */
    private static int digitsEnd(String text, int from)
    {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** A date as written with full-width digits, blanks or a time of day: in the forms the patterns read. */
    private static String normalized(String text)
    {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher time = TIME_OF_DAY.matcher(value);
        if (time.matches()) {
            value = time.group(1);
        }
        return WHITESPACE.matcher(value).replaceAll("");
    }

    /** Whether the text holds only ASCII digits, the separators and 年月日, which normalizing leaves as they are. */
    private static boolean plain(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.' || c == '年' || c == '月' || c == '日')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is YYYY-MM-DD in ASCII digits, which the pattern for dashed dates reads as it stands. */
    private static boolean canonicalShape(String text)
    {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) >= 0 && digits(text, 5, 7) >= 0 && digits(text, 8, 10) >= 0;
    }

    private static Optional<LocalDate> of(int year, int month, int day)
    {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1. */
    private static int digits(String text, int from, int to)
    {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /**
     * 是 or 否 in any unambiguous spelling: 是/否, 是的/不是, Y/N, YES/NO, √/×, 1/0, TRUE/FALSE
     * (a spreadsheet's boolean cell), in any case and width; empty for anything else.
     */
    public static Optional<Boolean> yesNo(String text)
    {
        if (text.equals("是")) {
            return Optional.of(Boolean.TRUE);
        }
        if (text.equals("否")) {
            return Optional.of(Boolean.FALSE);
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Optional.of(Boolean.TRUE);
        }
        if (NO.contains(value)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /**
     * An id number or unified social credit code as its validators compare it (python-stdnum's
     * {@code compact}): upper case, half width, without the spaces and hyphens people type inside.
     */
    public static String code(String text)
    {
        if (compact(text)) {
            return text;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return CODE_SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether the text is already what {@link #code} makes of it: capitals and digits only. */
    private static boolean compact(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a number in scientific notation, as Excel shows a long number it stored as one. */
    public static boolean scientific(String text)
    {
        if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            return false;
        }
        return SCIENTIFIC.matcher(text.strip()).matches();
    }

    /** A non-negative whole number, also when a spreadsheet wrote it as 12.0; empty otherwise. */
    public static Optional<Integer> nonNegativeInteger(String text)
    {
        try {
            BigDecimal number = new BigDecimal(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return Optional.empty();
            }
            return Optional.of(number.intValueExact());
        }
        catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A non-negative decimal; a trailing % divides by 100 (98% = 0.98). */
    public static Optional<BigDecimal> nonNegativeDecimal(String text)
    {
        String value = text.strip().replace(",", "");
        boolean percent = value.endsWith("%") || value.endsWith("％");
        if (percent) {
            value = value.substring(0, value.length() - 1).strip();
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(percent ? number.movePointLeft(2) : number);
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String plainNumber(BigDecimal number)
    {
        if (number.signum() == 0) {
            return "0";
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
