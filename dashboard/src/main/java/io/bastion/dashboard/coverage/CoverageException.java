package io.bastion.dashboard.coverage;

import io.bastion.dashboard.web.BilingualException;

import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A drill-down parameter of the coverage page that names nothing: an unknown 单位类别, 行业 or days bucket. */
final class CoverageException
        extends BilingualException
{
    /** Why, with the status and the bilingual text. */
    enum Kind
    {
        BAD_CATEGORY("单位类别应为 机关、事业单位、国有企业、非公企业 或 社会组织：「%s」", "a unit category is 机关, 事业单位, 国有企业, 非公企业 or 社会组织: '%s'"),
        BAD_INDUSTRY("行业名称过长或含有不允许的字符：「%s」", "an industry name is at most 40 characters of text: '%s'"),
        BAD_BUCKET("覆盖用时区间不存在：「%s」", "there is no such days-to-coverage bucket: '%s'");

        private final String chinese;
        private final String english;

        Kind(String chinese, String english)
        {
            this.chinese = chinese;
            this.english = english;
        }
    }

    private final Kind kind;
    private final String value;

    CoverageException(Kind kind, String value)
    {
        super(kind.english.formatted(value));
        this.kind = requireNonNull(kind, "kind is null");
        this.value = requireNonNull(value, "value is null");
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.BAD_REQUEST;
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
