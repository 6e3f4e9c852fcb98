package io.bastion.dashboard.scope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** A report month as the URL ({@code 2025-10}), the warehouse ({@code 202510}) and the page ({@code 2025年10月}) write it. */
public record Month(int key)
{
    public Month
    {
        int month = key % 100;
        if (key < 190001 || month < 1 || month > 12) {
            throw new IllegalArgumentException("not a month key: " + key);
        }
    }

    public static Optional<Month> parse(String text)
    {
        if (text == null || !text.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        int month = Integer.parseInt(text.substring(5));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(new Month(Integer.parseInt(text.substring(0, 4)) * 100 + month));
    }

    public int year()
    {
        return key / 100;
    }

    public int monthOfYear()
    {
        return key % 100;
    }

    public Month previous()
    {
        return monthOfYear() == 1 ? new Month((year() - 1) * 100 + 12) : new Month(key - 1);
    }

    /** {@code 2025Q3}, as grades and compliance name quarters. */
    public String quarter()
    {
        return year() + "Q" + ((monthOfYear() - 1) / 3 + 1);
    }

    public boolean endsQuarter()
    {
        return monthOfYear() % 3 == 0;
    }

    /** The last quarter that has ended by the end of this month: {@code 2025-10} → {@code 2025Q3}, {@code 2025-09} → {@code 2025Q3}. */
    public String lastEndedQuarter()
    {
        if (endsQuarter()) {
            return quarter();
        }
        int quarter = (monthOfYear() - 1) / 3;
        return quarter == 0 ? (year() - 1) + "Q4" : year() + "Q" + quarter;
    }

    public LocalDate lastDay()
    {
        return YearMonth.of(year(), monthOfYear()).atEndOfMonth();
    }

    /** {@code 2025-10}. */
    public String iso()
    {
        return "%d-%02d".formatted(year(), monthOfYear());
    }

    /** {@code 2025年10月}. */
    public String chinese()
    {
        return year() + "年" + monthOfYear() + "月";
    }

    @Override
    public String toString()
    {
        return iso();
    }
}
