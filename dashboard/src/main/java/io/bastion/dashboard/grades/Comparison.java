package io.bastion.dashboard.grades;

import io.bastion.dashboard.scope.Month;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The two periods the page compares: {@code to} (by default the latest period ended by the month) and {@code from} (by
 * default the period before it; none when {@code to} is the first). Consecutive when {@code from} is the calendar quarter
 * before {@code to} — only then do the marts (P−1 → P) hold the migration.
 */
record Comparison(Optional<GradesQueries.Period> from, GradesQueries.Period to)
{
    Comparison
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    boolean consecutive()
    {
        return from.map(period -> period.name().equals(to.previousQuarter())).orElse(false);
    }

    /** The comparison the request asks for; empty when no period has ended by the month and none is named. */
    static Optional<Comparison> resolve(List<GradesQueries.Period> periods, Month month, GradesFilter filter)
    {
        Optional<GradesQueries.Period> to = filter.to().isPresent()
                ? Optional.of(find(periods, filter.to().get()))
                : periods.stream().filter(period -> period.endMonth() <= month.key()).reduce((first, second) -> second);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<GradesQueries.Period> from;
        if (filter.from().isPresent()) {
            from = Optional.of(find(periods, filter.from().get()));
            if (from.get().name().compareTo(to.get().name()) >= 0) {
                throw new GradesException(GradesException.Kind.PERIOD_ORDER, from.get().name() + " → " + to.get().name());
            }
        }
        else {
            String last = to.get().name();
            from = periods.stream().filter(period -> period.name().compareTo(last) < 0).reduce((first, second) -> second);
        }
        return Optional.of(new Comparison(from, to.get()));
    }

    private static GradesQueries.Period find(List<GradesQueries.Period> periods, String name)
    {
        return periods.stream().filter(period -> period.name().equals(name)).findFirst()
                .orElseThrow(() -> new GradesException(GradesException.Kind.UNKNOWN_PERIOD, name));
    }
}
