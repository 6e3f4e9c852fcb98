package io.bastion.ingest.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values the way senders write them: dates in four spellings, numbers, 是/否. */
public final class Values
{
    private static final Pattern DASHED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,6})(\\.0+)?");
    /** Excel's 1900 date system, past its phantom 1900-02-29: serial n is this day plus n. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials outside 1900-03-01 .. 2099-12-31 are not dates anyone means. */
    private static final int SERIAL_MIN = 61;
    private static final int SERIAL_MAX = 73050;

    private Values() {}

    /** A date as ISO, 2025/3/5, 2025年3月5日 or an Excel serial; empty when it is none of them. */
    public static Optional<LocalDate> date(String text)
    {
        String value = text.strip();
        for (Pattern pattern : new Pattern[] {DASHED, SLASHED, CHINESE}) {
            Matcher m = pattern.matcher(value);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                }
                catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        Matcher serial = SERIAL.matcher(value);
        if (serial.matches()) {
            int days = Integer.parseInt(serial.group(1));
            if (days >= SERIAL_MIN && days <= SERIAL_MAX) {
                return Optional.of(EXCEL_EPOCH.plusDays(days));
            }
        }
        return Optional.empty();
    }

    /** A non-negative whole number, also when a spreadsheet wrote it as 12.0; empty otherwise. */
    public static Optional<Integer> nonNegativeInteger(String text)
    {
        try {
            BigDecimal number = new BigDecimal(text.strip());
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
