package io.bastion.dashboard.grades;

import io.bastion.dashboard.web.Kpi;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The grades cards of a period (mart_grade_summary, P−1 → P): 先进率 against its target, 晋位率, 降级率, 后进转化率, and counts. */
@Component
final class GradesCards
{
    private static final int TREND_PERIODS = 8;

    private final Labels labels;

    GradesCards(Labels labels)
    {
        this.labels = labels;
    }

    List<Kpi> cards(List<GradesQueries.Summary> summaries, String period, Optional<Double> advancedTarget, long backward)
    {
        String blank = labels.get("grades.blank.none");
        List<Kpi> cards = new ArrayList<>();
        cards.add(rate("advanced", "kpi.advanced", summaries, period, GradesQueries.Summary::advanced, advancedTarget, "grades.good",
                labels.get("grades.blank.notAssessed")));
        cards.add(rate("promotion", "grades.kpi.promotion", summaries, period, GradesQueries.Summary::promotion, Optional.empty(), "grades.promoted",
                labels.get("grades.blank.noBoth")));
        cards.add(rate("demotion", "grades.kpi.demotion", summaries, period, GradesQueries.Summary::demotion, Optional.empty(), "grades.demoted",
                labels.get("grades.blank.noBoth")));
        cards.add(rate("poorConversion", "grades.kpi.poorConversion", summaries, period, GradesQueries.Summary::poorConversion, Optional.empty(),
                "grades.poorImproved", labels.get("grades.blank.noPoor")));
        cards.add(count("assessed", "grades.kpi.assessed", summaries, period, GradesQueries.Summary::assessed, "grades.assessed", blank));
        cards.add(count("newInPeriod", "grades.kpi.newInPeriod", summaries, period, GradesQueries.Summary::newInPeriod, "grades.new", blank));
        cards.add(count("goneAfterPrevious", "grades.kpi.goneAfterPrevious", summaries, period, GradesQueries.Summary::goneAfterPrevious,
                "grades.gone", blank));
        Optional<GradesQueries.Summary> now = find(summaries, period);
        cards.add(new Kpi("backward", labels.get("grades.kpi.backward"), Kpi.Kind.COUNT, now.map(summary -> (double) backward),
                now.map(summary -> backward), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                now.isEmpty() ? Optional.of(blank) : Optional.empty(), Optional.of("grades.backward:" + period), Optional.of(period)));
        return cards;
    }

    private Kpi rate(String key, String labelKey, List<GradesQueries.Summary> summaries, String period,
            Function<GradesQueries.Summary, Rates.Fraction> fraction, Optional<Double> target, String trace, String blank)
    {
        Optional<Rates.Fraction> now = find(summaries, period).map(fraction);
        Optional<Double> value = now.flatMap(Rates.Fraction::rate);
        Optional<Double> previous = before(summaries, period).map(fraction).flatMap(Rates.Fraction::rate);
        List<Kpi.Point> trend = trend(summaries, period).stream()
                .map(summary -> new Kpi.Point(summary.period(), fraction.apply(summary).rate().orElse(null)))
                .toList();
        return new Kpi(key, labels.get(labelKey), Kpi.Kind.RATE, value, now.map(Rates.Fraction::numerator), now.map(Rates.Fraction::denominator),
                target, previous, trend, value.isEmpty() ? Optional.of(blank) : Optional.empty(), Optional.of(trace + ":" + period),
                Optional.of(period));
    }

    private Kpi count(String key, String labelKey, List<GradesQueries.Summary> summaries, String period, ToLongFunction<GradesQueries.Summary> count,
            String trace, String blank)
    {
        Optional<Long> now = find(summaries, period).map(summary -> count.applyAsLong(summary));
        List<Kpi.Point> trend = trend(summaries, period).stream()
                .map(summary -> new Kpi.Point(summary.period(), (double) count.applyAsLong(summary)))
                .toList();
        return new Kpi(key, labels.get(labelKey), Kpi.Kind.COUNT, now.map(Long::doubleValue), now, Optional.empty(), Optional.empty(),
                before(summaries, period).map(summary -> (double) count.applyAsLong(summary)), trend,
                now.isEmpty() ? Optional.of(blank) : Optional.empty(), Optional.of(trace + ":" + period), Optional.of(period));
    }

    private static Optional<GradesQueries.Summary> find(List<GradesQueries.Summary> summaries, String period)
    {
        return summaries.stream().filter(summary -> summary.period().equals(period)).findFirst();
    }

    /** The summary of the period before (the mart's previous row), when there is one. */
    private static Optional<GradesQueries.Summary> before(List<GradesQueries.Summary> summaries, String period)
    {
        return summaries.stream().filter(summary -> summary.period().compareTo(period) < 0).reduce((first, second) -> second);
    }

    private static List<GradesQueries.Summary> trend(List<GradesQueries.Summary> summaries, String period)
    {
        List<GradesQueries.Summary> upTo = summaries.stream().filter(summary -> summary.period().compareTo(period) <= 0).toList();
        return upTo.subList(Math.max(0, upTo.size() - TREND_PERIODS), upTo.size());
    }
}
