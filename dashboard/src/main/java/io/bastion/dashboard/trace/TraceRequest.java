package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.Month;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A figure id as a page links to it, {@code grades.good:2025Q3}: the figure and its argument (a quarter or a site level). */
record TraceRequest(Figure figure, Optional<String> argument)
{
    TraceRequest
    {
        requireNonNull(figure, "figure is null");
        requireNonNull(argument, "argument is null");
    }

    /** Parses and checks the id; a quarter figure without a quarter takes the last quarter ended by the month. */
    static TraceRequest parse(String id, Month month)
    {
        String text = id == null ? "" : id.trim();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        Optional<String> argument = colon < 0 ? Optional.empty() : Optional.of(text.substring(colon + 1)).filter(value -> !value.isEmpty());
        Figure figure = Figure.byId(name).orElseThrow(() -> new TraceException(TraceException.Kind.UNKNOWN_FIGURE, text));
        switch (figure.argument()) {
            case NONE -> {
                if (argument.isPresent()) {
                    throw new TraceException(TraceException.Kind.BAD_ARGUMENT, text);
                }
            }
            case QUARTER -> {
                if (argument.isPresent() && !argument.get().matches("\\d{4}Q[1-4]")) {
                    throw new TraceException(TraceException.Kind.BAD_ARGUMENT, text);
                }
                argument = Optional.of(argument.orElseGet(month::lastEndedQuarter));
            }
            case LEVEL -> {
                if (argument.isPresent() && !Figure.LEVELS.contains(argument.get())) {
                    throw new TraceException(TraceException.Kind.BAD_ARGUMENT, text);
                }
            }
        }
        return new TraceRequest(figure, argument);
    }

    /** The id that reproduces this request. */
    String id()
    {
        return figure.id() + argument.map(value -> ":" + value).orElse("");
    }
}
