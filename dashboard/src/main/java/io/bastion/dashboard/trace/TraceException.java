package io.bastion.dashboard.trace;

import io.bastion.dashboard.web.BilingualException;

import org.springframework.http.HttpStatus;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A trace that cannot be shown: an unknown figure, a malformed argument, a park-wide breakdown asked by a branch secretary, an unknown file. */
final class TraceException
        extends BilingualException
{
    /** Why, with the status and the bilingual text. */
    enum Kind
    {
        UNKNOWN_FIGURE(HttpStatus.NOT_FOUND, "没有可溯源的指标「%s」", "there is no traceable figure '%s'"),
        BAD_ARGUMENT(HttpStatus.BAD_REQUEST, "指标参数不符：「%s」，应为%s", "not a valid figure argument: '%s'; expected %s"),
        BREAKDOWN_PARK_ONLY(HttpStatus.FORBIDDEN, "「%s」按单位类别或行业统计全园区的企业，支部书记只能查看本组织及其下级",
                "'%s' counts the whole park's enterprises by unit category or industry; a branch secretary sees only their own subtree"),
        UNKNOWN_FILE(HttpStatus.NOT_FOUND, "找不到归档文件「%s」", "there is no archived file '%s'");

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
    private final Optional<FigureArgument> expected;

    TraceException(Kind kind, String value)
    {
        this(kind, value, Optional.empty());
    }

    /** A figure's argument that is not what the figure expects. */
    TraceException(Kind kind, String value, FigureArgument expected)
    {
        this(kind, value, Optional.of(expected));
    }

    private TraceException(Kind kind, String value, Optional<FigureArgument> expected)
    {
        super(kind.english.formatted(value, expected.map(FigureArgument::english).orElse("")));
        this.kind = requireNonNull(kind, "kind is null");
        this.value = requireNonNull(value, "value is null");
        this.expected = expected;
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
        return kind.chinese.formatted(value, expected.map(FigureArgument::chinese).orElse(""));
    }

    @Override
    public String english()
    {
        return kind.english.formatted(value, expected.map(FigureArgument::english).orElse(""));
    }
}
