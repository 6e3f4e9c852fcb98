package io.bastion.dashboard.trace;

import io.bastion.dashboard.admissions.Dimension;
import io.bastion.dashboard.admissions.Finding;
import io.bastion.dashboard.admissions.Stage;
import io.bastion.dashboard.coverage.DaysBucket;
import io.bastion.dashboard.coverage.UnitCategory;
import io.bastion.dashboard.grades.Grade;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.sites.Level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What may follow a figure's id after a colon ({@code grades.grade:2025Q3:P01B0001}): how it is written, checked against
 * the domain's words, and turned into the bind values $5 to $8 of {@link FigureSql}. A malformed or unknown argument is a
 * {@link TraceException.Kind#BAD_ARGUMENT}, saying what the figure expects.
 */
enum FigureArgument
{
    NONE("无参数", "no argument"),
    /** Optional; by default the last quarter ended by the month. */
    QUARTER("季度，如 2025Q3", "a quarter such as 2025Q3"),
    /** Optional; all levels without one. */
    LEVEL("示范点级别：市级、区级或部门级", "a site level: 市级, 区级 or 部门级"),
    /** Optional; a park-wide unit category or industry instead of the selection's scope. */
    BREAKDOWN("unit_category:单位类别 或 industry:行业，如 unit_category:国有企业", "unit_category:<category> or industry:<industry>, e.g. unit_category:国有企业"),
    /** Optional; all new enterprises without one. */
    BUCKET("覆盖用时分组，如 NOT_YET、WITHIN_30，或 COVERED（已覆盖）", "a days-to-coverage bucket such as NOT_YET or WITHIN_30, or COVERED"),
    ENTERPRISE("统一社会信用代码（18 位）", "a unified social credit code (18 characters)"),
    PERIOD_ORGANIZATION("评定期间:组织代码，如 2025Q3:P01B0001", "a grading period and an organization code, e.g. 2025Q3:P01B0001"),
    PERIOD_GRADE("评定期间:等级，等级为 GOOD、FAIRLY_GOOD、AVERAGE 或 POOR，如 2025Q3:GOOD",
            "a grading period and a grade (GOOD, FAIRLY_GOOD, AVERAGE or POOR), e.g. 2025Q3:GOOD"),
    MIGRATION("前一期间:后一期间[:前期等级或 ALL[:后期等级]]，如 2025Q2:2025Q3:GOOD:AVERAGE",
            "two grading periods, then optionally the first's grade (or ALL) and the second's, e.g. 2025Q2:2025Q3:GOOD:AVERAGE"),
    STAGE("发展阶段：入党申请人、入党积极分子、发展对象、预备党员或正式党员", "an admission stage: 入党申请人, 入党积极分子, 发展对象, 预备党员 or 正式党员"),
    YEAR("积极分子年度，如 2024", "an activist cohort's year, e.g. 2024"),
    STRUCTURE_PERIOD("月份 2025-10 或年度 2025", "a month such as 2025-10 or a year such as 2025"),
    DIMENSION_VALUE("维度:取值，维度为 unit_category、age_band 或 education，如 education:大学本科",
            "a dimension (unit_category, age_band or education) and a value, e.g. education:大学本科"),
    FINDING("程序合规问题的名称，如 正式党员不足3名", "a procedure finding's name, e.g. 正式党员不足3名"),
    LIAISON("联系人姓名", "a liaison's name"),
    LIAISON_SITE("联系人:示范点组织代码，如 张三:P01B0001", "a liaison and a site's organization code, e.g. 张三:P01B0001");

    private static final Pattern QUARTER_TEXT = Pattern.compile("\\d{4}Q[1-4]");
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z0-9]{4,20}");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final String ALL = "ALL";
    static final String COVERED = "COVERED";
    private static final int LONGEST_TEXT = 50;

    private final String chinese;
    private final String english;

    FigureArgument(String chinese, String english)
    {
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.english = requireNonNull(english, "english is null");
    }

    /** What the figure expects, in Chinese, for the problem's detail. */
    String chinese()
    {
        return chinese;
    }

    String english()
    {
        return english;
    }

    /** Whether the figure may be linked without an argument. */
    boolean optional()
    {
        return this == NONE || this == QUARTER || this == LEVEL || this == BREAKDOWN || this == BUCKET;
    }

    /**
     * The bind values $5 to $8 for the argument as the page wrote it (empty: none given); a quarter figure without one takes
     * the last quarter ended by the month.
     */
    List<Optional<String>> bind(String id, Optional<String> argument, Month month)
    {
        if (argument.isEmpty()) {
            if (this == QUARTER) {
                return List.of(Optional.of(month.lastEndedQuarter()));
            }
            if (optional()) {
                return List.of();
            }
            throw bad(id);
        }
        String text = argument.get();
        return switch (this) {
            case NONE -> throw bad(id);
            case QUARTER -> List.of(Optional.of(quarter(id, text)));
            case LEVEL -> List.of(Optional.of(Level.ofChinese(text).orElseThrow(() -> bad(id)).chinese()));
            case BREAKDOWN -> breakdown(id, text);
            case BUCKET -> bucket(id, text);
            case ENTERPRISE -> List.of(Optional.of(matching(id, text, UNIT_CODE)));
            case PERIOD_ORGANIZATION -> {
                String[] parts = parts(id, text, 2, 2);
                yield List.of(Optional.of(quarter(id, parts[0])), Optional.of(matching(id, parts[1], ORGANIZATION_CODE)));
            }
            case PERIOD_GRADE -> {
                String[] parts = parts(id, text, 2, 2);
                yield List.of(Optional.of(quarter(id, parts[0])), Optional.of(grade(id, parts[1]).chinese()));
            }
            case MIGRATION -> migration(id, text);
            case STAGE -> List.of(Optional.of(Stage.ofChinese(text).orElseThrow(() -> bad(id)).chinese()));
            case YEAR -> List.of(Optional.of(matching(id, text, Pattern.compile("\\d{4}"))));
            case STRUCTURE_PERIOD -> List.of(Optional.of(matching(id, text, Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?"))));
            case DIMENSION_VALUE -> {
                int colon = text.indexOf(':');
                String dimension = colon < 0 ? text : text.substring(0, colon);
                Dimension known = Dimension.ofCode(dimension).orElseThrow(() -> bad(id));
                yield List.of(Optional.of(known.code()), Optional.of(word(id, colon < 0 ? "" : text.substring(colon + 1))));
            }
            case FINDING -> List.of(Optional.of(Finding.ofChinese(text).orElseThrow(() -> bad(id)).chinese()));
            case LIAISON -> List.of(Optional.of(word(id, text)));
            case LIAISON_SITE -> {
                // A name has no colon in it as far as anyone knows; the site's code surely has none.
                int colon = text.lastIndexOf(':');
                if (colon < 0) {
                    throw bad(id);
                }
                yield List.of(Optional.of(word(id, text.substring(0, colon))), Optional.of(matching(id, text.substring(colon + 1), ORGANIZATION_CODE)));
            }
        };
    }

    /** The organization the argument names, when it names one (a graded organization, a liaison's site). */
    Optional<String> organization(List<Optional<String>> bound)
    {
        return this == PERIOD_ORGANIZATION || this == LIAISON_SITE ? bound.get(1) : Optional.empty();
    }

    /** For a breakdown, the marts' scope it stands for (scope_kind, scope_code) instead of the selection's. */
    Optional<List<String>> scope(List<Optional<String>> bound)
    {
        return this == BREAKDOWN && !bound.isEmpty() ? Optional.of(List.of(bound.get(0).orElseThrow(), bound.get(1).orElseThrow())) : Optional.empty();
    }

    private List<Optional<String>> breakdown(String id, String text)
    {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw bad(id);
        }
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        return switch (kind) {
            case "unit_category" -> List.of(Optional.of(kind), Optional.of(UnitCategory.fromChinese(value).orElseThrow(() -> bad(id)).chinese()));
            case "industry" -> List.of(Optional.of(kind), Optional.of(word(id, value)));
            default -> throw bad(id);
        };
    }

    /** A days bucket of the histogram, or COVERED: every new enterprise covered by now. */
    private List<Optional<String>> bucket(String id, String text)
    {
        if (COVERED.equals(text)) {
            return List.of(Optional.of(COVERED), Optional.empty(), Optional.empty());
        }
        DaysBucket bucket = DaysBucket.parse(text).orElseThrow(() -> bad(id));
        if (bucket == DaysBucket.NOT_YET) {
            return List.of(Optional.of(bucket.name()), Optional.empty(), Optional.empty());
        }
        return List.of(Optional.of(bucket.name()), Optional.of(String.valueOf(bucket.from())), Optional.of(String.valueOf(bucket.to())));
    }

    /** {@code from:to}, then the first period's grade or ALL (the column totals), then the second's. */
    private List<Optional<String>> migration(String id, String text)
    {
        String[] parts = parts(id, text, 2, 4);
        String from = quarter(id, parts[0]);
        String to = quarter(id, parts[1]);
        if (from.compareTo(to) >= 0) {
            throw bad(id);
        }
        List<Optional<String>> bound = new ArrayList<>(List.of(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty()));
        if (parts.length > 2 && !ALL.equals(parts[2])) {
            bound.set(2, Optional.of(grade(id, parts[2]).chinese()));
        }
        if (parts.length > 3) {
            bound.set(3, Optional.of(grade(id, parts[3]).chinese()));
        }
        return List.copyOf(bound);
    }

    private String[] parts(String id, String text, int fewest, int most)
    {
        String[] parts = text.split(":", -1);
        if (parts.length < fewest || parts.length > most || Arrays.stream(parts).anyMatch(String::isEmpty)) {
            throw bad(id);
        }
        return parts;
    }

    private String quarter(String id, String text)
    {
        return matching(id, text, QUARTER_TEXT);
    }

    private Grade grade(String id, String text)
    {
        return Grade.parse(text).orElseThrow(() -> bad(id));
    }

    private String matching(String id, String text, Pattern pattern)
    {
        if (!pattern.matcher(text).matches()) {
            throw bad(id);
        }
        return text;
    }

    /** A name or a word from the data: not blank, not too long, no control characters. */
    private String word(String id, String text)
    {
        if (text.isBlank() || text.length() > LONGEST_TEXT || text.chars().anyMatch(Character::isISOControl)) {
            throw bad(id);
        }
        return text;
    }

    private TraceException bad(String id)
    {
        return new TraceException(TraceException.Kind.BAD_ARGUMENT, id, this);
    }
}
