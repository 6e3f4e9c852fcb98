package io.bastion.dashboard.web;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads a monthly rate of a mart (numerator and denominator per month and scope) and turns it into a card with its trend
 * and last month's value — the one shape most headline KPIs share.
 */
@Component
public final class Rates
{
    private static final int TREND_MONTHS = 12;

    private final Warehouse warehouse;

    Rates(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** Where a monthly rate lives: the mart, its month and scope columns, its numerator and denominator. */
    public record Source(Table<?> table, Field<Integer> month, Field<String> scopeKind, Field<String> scopeCode, Field<Long> numerator,
            Field<Long> denominator)
    {
        public Source
        {
            requireNonNull(table, "table is null");
        }
    }

    /** A count and its base at one month. */
    public record Fraction(long numerator, long denominator)
    {
        public Optional<Double> rate()
        {
            return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
        }
    }

    /** The fractions of the last months up to the selection's month, by month key. */
    public Map<Integer, Fraction> series(Source source, Selection selection, String scopeKind, String scopeCode)
    {
        List<Month> months = selection.trailing(TREND_MONTHS);
        Map<Integer, Fraction> series = new TreeMap<>();
        if (months.isEmpty()) {
            return series;
        }
        read(dsl -> dsl.select(source.month(), source.numerator(), source.denominator())
                .from(source.table())
                .where(source.scopeKind().eq(scopeKind))
                .and(source.scopeCode().eq(scopeCode))
                .and(source.month().between(months.get(0).key(), selection.month().key()))
                .fetch())
                .forEach(row -> series.put(row.value1(), new Fraction(row.value2(), row.value3())));
        return series;
    }

    /** A rate card for the selection's month: value, numerator, denominator, last month, trend. */
    public Kpi card(String key, String label, Source source, Selection selection, Optional<Double> target, String trace, String blankReason)
    {
        return card(key, label, series(source, selection, selection.scopeKind(), selection.scopeCode()), selection, target, trace, blankReason);
    }

    public static Kpi card(String key, String label, Map<Integer, Fraction> series, Selection selection, Optional<Double> target, String trace,
            String blankReason)
    {
        Optional<Fraction> current = Optional.ofNullable(series.get(selection.month().key()));
        Optional<Fraction> previous = Optional.ofNullable(series.get(selection.month().previous().key()));
        List<Kpi.Point> trend = new ArrayList<>();
        for (Month month : selection.trailing(TREND_MONTHS)) {
            trend.add(new Kpi.Point(month.iso(), Optional.ofNullable(series.get(month.key())).flatMap(Fraction::rate).orElse(null)));
        }
        Optional<Double> value = current.flatMap(Fraction::rate);
        return new Kpi(key, label, Kpi.Kind.RATE, value, current.map(Fraction::numerator), current.map(Fraction::denominator), target,
                previous.flatMap(Fraction::rate), trend, value.isEmpty() ? Optional.of(blankReason) : Optional.empty(), Optional.of(trace),
                Optional.empty());
    }

    public <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read marts", e);
        }
    }
}
