package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.Month;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A figure id as a page links to it, {@code grades.grade:2025Q3:P01B0001}: the figure, its argument as written (a quarter
 * figure without one gets the last quarter ended by the month) and the bind values the argument stands for.
 */
record TraceRequest(Figure figure, Optional<String> argument, List<Optional<String>> bound)
{
    /** How many parts an argument may bind: $5 to $8 of {@link FigureSql#PARAMETERS}. */
    static final int ARGUMENT_PARTS = 4;

    TraceRequest
    {
        requireNonNull(figure, "figure is null");
        requireNonNull(argument, "argument is null");
        bound = List.copyOf(bound);
        if (bound.size() > ARGUMENT_PARTS) {
            throw new IllegalArgumentException("an argument binds at most " + ARGUMENT_PARTS + " values: " + bound);
        }
    }

    /** Parses and checks the id against what its figure expects ({@link FigureArgument}). */
    static TraceRequest parse(String id, Month month)
    {
        String text = id == null ? "" : id.trim();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        Optional<String> argument = colon < 0 ? Optional.empty() : Optional.of(text.substring(colon + 1)).filter(value -> !value.isEmpty());
        Figure figure = Figure.byId(name).orElseThrow(() -> new TraceException(TraceException.Kind.UNKNOWN_FIGURE, text));
        List<Optional<String>> bound = figure.argument().bind(text, argument, month);
        if (figure.argument() == FigureArgument.QUARTER) {
            argument = bound.get(0);
        }
        return new TraceRequest(figure, argument, bound);
    }

    /** The bind value $5 + index, when the argument has one there. */
    Optional<String> bound(int index)
    {
        return index < bound.size() ? bound.get(index) : Optional.empty();
    }

    /** The id that reproduces this request. */
    String id()
    {
        return figure.id() + argument.map(value -> ":" + value).orElse("");
    }
}
