package io.bastion.dashboard.scope;

import io.bastion.dashboard.web.BilingualException;

import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A month or organization in the request that cannot be shown: malformed, unknown, or outside the viewer's subtree. */
public final class ScopeException
        extends BilingualException
{
    /** Why, with the status and the bilingual text. */
    public enum Kind
    {
        BAD_MONTH(HttpStatus.BAD_REQUEST, "月份格式应为 YYYY-MM：「%s」", "a month is written YYYY-MM: '%s'"),
        BAD_ORGANIZATION(HttpStatus.BAD_REQUEST, "组织代码格式不符：「%s」", "not an organization code: '%s'"),
        UNKNOWN_ORGANIZATION(HttpStatus.NOT_FOUND, "该月份没有组织「%s」", "there is no organization '%s' in that month"),
        OUTSIDE_SUBTREE(HttpStatus.FORBIDDEN, "无权查看组织「%s」：支部书记只能查看本组织及其下级", "organization '%s' is outside your own subtree");

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

    public ScopeException(Kind kind, String value)
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
