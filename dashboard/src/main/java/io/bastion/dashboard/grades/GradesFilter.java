package io.bastion.dashboard.grades;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the grades page compares and narrows, kept in the URL: the two periods ({@code from}, {@code to}; by default the
 * latest period ended by the month and the one before), and a matrix cell, grade or change that filters the organization list.
 */
record GradesFilter(Optional<String> from, Optional<String> to, Optional<Grade> fromGrade, Optional<Grade> toGrade, Optional<Change> change)
{
    GradesFilter
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(fromGrade, "fromGrade is null");
        requireNonNull(toGrade, "toGrade is null");
        requireNonNull(change, "change is null");
    }

    static GradesFilter parse(String from, String to, String fromGrade, String toGrade, String change)
    {
        return new GradesFilter(period(from), period(to), grade(fromGrade), grade(toGrade),
                present(change).map(text -> Change.parse(text).orElseThrow(() -> new GradesException(GradesException.Kind.BAD_CHANGE, text))));
    }

    boolean narrowsList()
    {
        return fromGrade.isPresent() || toGrade.isPresent() || change.isPresent();
    }

    private static Optional<String> period(String value)
    {
        Optional<String> text = present(value);
        text.filter(period -> !period.matches("\\d{4}Q[1-4]"))
                .ifPresent(period -> {
                    throw new GradesException(GradesException.Kind.BAD_PERIOD, period.length() > 20 ? period.substring(0, 20) : period);
                });
        return text;
    }

    private static Optional<Grade> grade(String value)
    {
        return present(value).map(text -> Grade.parse(text).orElseThrow(() -> new GradesException(GradesException.Kind.BAD_GRADE,
                text.length() > 20 ? text.substring(0, 20) : text)));
    }

    private static Optional<String> present(String value)
    {
        return Optional.ofNullable(value).map(String::trim).filter(text -> !text.isEmpty());
    }
}
