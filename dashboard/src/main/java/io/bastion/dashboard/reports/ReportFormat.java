package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the document writes its values: 83.3%, 6,012, 2026年10月28日; blank values as —. The template calls it as {@code fmt}. */
public final class ReportFormat
{
    public static final String BLANK = "—";

    public String rate(Double rate)
    {
        return rate == null ? BLANK : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** A change in percentage points, unsigned: the template says 上升 or 下降. */
    public String points(Double points)
    {
        return points == null ? BLANK : String.format(Locale.ROOT, "%.1f", Math.abs(points));
    }

    public String count(Number count)
    {
        return count == null ? BLANK : String.format(Locale.ROOT, "%,d", count.longValue());
    }

    public String number(BigDecimal value)
    {
        return value == null ? BLANK : String.format(Locale.ROOT, "%,d", value.longValue());
    }

    public String date(LocalDate date)
    {
        return date == null ? BLANK : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public String shortDate(LocalDate date)
    {
        return date == null ? BLANK : date.toString();
    }

    public String time(LocalDateTime time)
    {
        return time == null ? BLANK : time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public String month(Month month)
    {
        return month.chinese();
    }

    public String text(String text)
    {
        return text == null || text.isBlank() ? BLANK : text;
    }

    /** 第四季度 and so on, for the quarter of M. */
    public String quarter(Month month)
    {
        return "第" + "一二三四".charAt((month.monthOfYear() - 1) / 3) + "季度";
    }

    /** A number in Chinese capitals for section headings: 一, 二 … 十九. */
    public String chineseNumber(int number)
    {
        String digits = "零一二三四五六七八九";
        if (number < 10) {
            return String.valueOf(digits.charAt(number));
        }
        if (number < 20) {
            return "十" + (number % 10 == 0 ? "" : digits.charAt(number % 10));
        }
        return (number / 10 == 0 ? "" : String.valueOf(digits.charAt(number / 10))) + "十" + (number % 10 == 0 ? "" : digits.charAt(number % 10));
    }
}
