package io.bastion.dashboard.trace;

import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A trace that cannot be shown: an unknown figure, a malformed argument, an unknown file. */
final class TraceException
        extends RuntimeException
{
    /** Why, with the status and the bilingual text. */
    enum Kind
    {
        UNKNOWN_FIGURE(HttpStatus.NOT_FOUND, "没有可溯源的指标「%s」", "there is no traceable figure '%s'"),
        BAD_ARGUMENT(HttpStatus.BAD_REQUEST, "指标参数不符：「%s」（季度写作 2025Q3，示范点级别为 市级、区级 或 部门级）",
                "not a valid figure argument: '%s' (a quarter is written 2025Q3, a site level is 市级, 区级 or 部门级)"),
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

    TraceException(Kind kind, String value)
    {
        super(kind.english.formatted(value));
        this.kind = requireNonNull(kind, "kind is null");
        this.value = requireNonNull(value, "value is null");
    }

    HttpStatus status()
    {
        return kind.status;
    }

    String code()
    {
        return kind.name();
    }

    String chinese()
    {
        return kind.chinese.formatted(value);
    }

    String english()
    {
        return kind.english.formatted(value);
    }
}
