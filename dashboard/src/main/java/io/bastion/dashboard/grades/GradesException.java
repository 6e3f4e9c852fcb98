package io.bastion.dashboard.grades;

import io.bastion.dashboard.web.BilingualException;

import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A grades parameter that names nothing: a period not written 2025Q3 or never graded, periods out of order, an unknown grade. */
final class GradesException
        extends BilingualException
{
    /** Why, with the status and the bilingual text. */
    enum Kind
    {
        BAD_PERIOD(HttpStatus.BAD_REQUEST, "评定期间的格式应为 2025Q3：「%s」", "a grading period is written 2025Q3: '%s'"),
        UNKNOWN_PERIOD(HttpStatus.NOT_FOUND, "期间「%s」没有分类定级结果", "there are no grades for the period '%s'"),
        PERIOD_ORDER(HttpStatus.BAD_REQUEST, "比较的起始期间应早于截止期间：「%s」", "the first period must come before the second: '%s'"),
        BAD_GRADE(HttpStatus.BAD_REQUEST, "等级应为 GOOD、FAIRLY_GOOD、AVERAGE 或 POOR：「%s」", "a grade is GOOD, FAIRLY_GOOD, AVERAGE or POOR: '%s'"),
        BAD_CHANGE(HttpStatus.BAD_REQUEST, "变化应为 PROMOTED、UNCHANGED、DEMOTED、NEW 或 GONE：「%s」",
                "a change is PROMOTED, UNCHANGED, DEMOTED, NEW or GONE: '%s'");

        private final HttpStatus status;
        private final String chinese;
        private final String english;

        Kind(HttpStatus status, String chinese, String english)
        {
            this.status = status;
            this.chinese = chinese;
            this.english = english;
        }
    }

    private final Kind kind;
    private final String value;

    GradesException(Kind kind, String value)
    {
        super(kind.english.formatted(value));
        this.kind = requireNonNull(kind, "kind is null");
        this.value = requireNonNull(value, "value is null");
    }

    @Override
    public HttpStatus status()
    {
        return kind.status;
    }

    @Override
    public String code()
    {
        return kind.name();
    }

    @Override
    public String chinese()
    {
        return kind.chinese.formatted(value);
    }

    @Override
    public String english()
    {
        return kind.english.formatted(value);
    }
}
