package io.bastion.dashboard.organizationlife;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The analysed quarters (all three months analysed) and which one a page shows: the {@code quarter} parameter, else the latest ended by the month. */
final class Quarters
{
    private static final Pattern QUARTER = Pattern.compile("\\d{4}Q[1-4]");

    private Quarters()
    {
    }

    /** Analysed quarters ending at or before the selection's month, oldest first. */
    static List<String> endedBy(Selection selection)
    {
        Map<String, Integer> months = new TreeMap<>();
        for (Month month : selection.months()) {
            months.merge(month.quarter(), 1, Integer::sum);
        }
        List<String> quarters = new ArrayList<>();
        months.forEach((quarter, count) -> {
            if (count == 3 && lastMonthKey(quarter) <= selection.month().key()) {
                quarters.add(quarter);
            }
        });
        return quarters;
    }

    /**
     * The quarter to show: the requested one when it is an analysed quarter ended by the month, else the latest such quarter.
     *
     * @throws QuarterException when the parameter is not written like 2026Q3
     */
    static Optional<String> chosen(Selection selection, String parameter)
    {
        List<String> quarters = endedBy(selection);
        if (parameter != null && !parameter.isBlank()) {
            if (!QUARTER.matcher(parameter.trim()).matches()) {
                throw new QuarterException(parameter);
            }
            if (quarters.contains(parameter.trim())) {
                return Optional.of(parameter.trim());
            }
        }
        return quarters.isEmpty() ? Optional.empty() : Optional.of(quarters.get(quarters.size() - 1));
    }

    /** The analysed quarters up to and including the chosen one, at most {@code count}, oldest first. */
    static List<String> window(Selection selection, String chosen, int count)
    {
        List<String> quarters = endedBy(selection).stream().filter(quarter -> quarter.compareTo(chosen) <= 0).toList();
        return quarters.subList(Math.max(0, quarters.size() - count), quarters.size());
    }

    static int lastMonthKey(String quarter)
    {
        return Integer.parseInt(quarter.substring(0, 4)) * 100 + Integer.parseInt(quarter.substring(5)) * 3;
    }

    /** The quarter's last month, 2026Q3 → 2026-09. */
    static Month lastMonth(String quarter)
    {
        return new Month(lastMonthKey(quarter));
    }
}
