package io.bastion.dashboard.coverage;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The coverage page's drill-down, kept in the URL: a 单位类别 or 行业 bar narrows the enterprise lists, a days bucket the
 * new-enterprise list.
 */
record CoverageFilter(Optional<UnitCategory> category, Optional<String> industry, Optional<DaysBucket> bucket)
{
    private static final int INDUSTRY_LIMIT = 40;

    CoverageFilter
    {
        requireNonNull(category, "category is null");
        requireNonNull(industry, "industry is null");
        requireNonNull(bucket, "bucket is null");
    }

    static CoverageFilter parse(String category, String industry, String bucket)
    {
        Optional<String> categoryText = present(category);
        Optional<UnitCategory> unitCategory = categoryText.map(text -> UnitCategory.fromChinese(text)
                .orElseThrow(() -> new CoverageException(CoverageException.Kind.BAD_CATEGORY, text)));
        Optional<String> industryText = present(industry);
        industryText.filter(text -> text.length() > INDUSTRY_LIMIT || text.chars().anyMatch(Character::isISOControl))
                .ifPresent(text -> {
                    throw new CoverageException(CoverageException.Kind.BAD_INDUSTRY, text.substring(0, Math.min(text.length(), INDUSTRY_LIMIT)));
                });
        Optional<DaysBucket> daysBucket = present(bucket).map(text -> DaysBucket.parse(text)
                .orElseThrow(() -> new CoverageException(CoverageException.Kind.BAD_BUCKET, text)));
        return new CoverageFilter(unitCategory, industryText, daysBucket);
    }

    boolean narrowsEnterprises()
    {
        return category.isPresent() || industry.isPresent();
    }

    private static Optional<String> present(String value)
    {
        return Optional.ofNullable(value).map(String::trim).filter(text -> !text.isEmpty());
    }
}
