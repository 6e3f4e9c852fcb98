package io.bastion.ingest.format;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A received file's name, read as DOMAIN.md §Files names them: which kind of file it is and the
 * key it replaces by (organization and month, registry month, grading period, year).
 *
 * @param kind what the file is
 * @param orgCode the submitting organization (branch submissions only, else empty string)
 * @param key what a later file with the same key replaces: "ORG:2025-03", "2025-03", "2025Q1", "2025" or "" for whole-table feeds
 * @param sortMonth the month (yyyymm) the file belongs to, for loading in time order; 999999 for undated feeds
 * @param csvPart for a branch submission sent as CSV, the table this part carries
 * @param extension xlsx, csv or json
 */
public record FileName(String original, FileKind kind, String orgCode, String key, int sortMonth, Optional<InputTable> csvPart, String extension)
{
    private static final String FEED_EXTENSIONS = "(csv|xlsx)";
    private static final Pattern BRANCH_WHOLE = Pattern.compile("([A-Z0-9]{4,20})_(\\d{4}-\\d{2})\\.(xlsx|json)");
    private static final Pattern BRANCH_PART = Pattern.compile("([A-Z0-9]{4,20})_(\\d{4}-\\d{2})_(组织信息|人员信息|组织生活)\\.(csv)");
    private static final Pattern REGISTRY = Pattern.compile("企业名录_(\\d{4}-\\d{2})\\." + FEED_EXTENSIONS);
    private static final Pattern GRADES = Pattern.compile("分类定级_(\\d{4})Q([1-4])\\." + FEED_EXTENSIONS);
    private static final Pattern SITES = Pattern.compile("示范点\\." + FEED_EXTENSIONS);
    private static final Pattern ASSIGNMENTS = Pattern.compile("联系点分配\\." + FEED_EXTENSIONS);
    private static final Pattern CONTACTS = Pattern.compile("联系点记录_(\\d{4}-\\d{2})\\." + FEED_EXTENSIONS);
    private static final Pattern TARGETS = Pattern.compile("年度目标_(\\d{4})\\." + FEED_EXTENSIONS);
    /** Workbooks in a format other than .xlsx: old Excel, WPS Spreadsheets. */
    private static final Set<String> OLD_WORKBOOKS = Set.of("xls", "et", "ett", "xlt");
    /** What Windows, macOS and WPS add to a copy's name: "(1)", " (2)", " - 副本", " - 副本 (2)", " - Copy", " copy", "副本". */
    private static final Pattern COPY_SUFFIX = Pattern.compile(
            "(.+?)(\\s*[(（]\\d+[)）]|\\s*-\\s*副本(\\s*[(（]\\d+[)）])?|\\s*-\\s*[Cc]opy(\\s*\\(\\d+\\))?|\\s+copy(\\s+\\d+)?|\\s*副本(\\s*[(（]\\d+[)）])?)");
    public static final int UNDATED = 999999;

    public FileName
    {
        requireNonNull(original, "original is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(orgCode, "orgCode is null");
        requireNonNull(key, "key is null");
        requireNonNull(csvPart, "csvPart is null");
        requireNonNull(extension, "extension is null");
    }

    /** Reads a bare file name (no folders), its extension in any case; empty when it follows none of the naming rules. */
    public static Optional<FileName> parse(String original)
    {
        requireNonNull(original, "original is null");
        int dot = original.lastIndexOf('.');
        String name = dot < 0 ? original : original.substring(0, dot) + original.substring(dot).toLowerCase(Locale.ROOT);
        return parseNormalized(name).map(parsed -> new FileName(original, parsed.kind(), parsed.orgCode(), parsed.key(), parsed.sortMonth(),
                parsed.csvPart(), parsed.extension()));
    }

    /**
     * Why a name follows none of the naming rules, in words the sender can act on: a workbook in an
     * old format (.xls, WPS .et), a copy's suffix to remove ("(1)", " - 副本"), or the rules with examples.
     */
    public static FileRejectedException unrecognized(String original)
    {
        requireNonNull(original, "original is null");
        int dot = original.lastIndexOf('.');
        String extension = dot < 0 ? "" : original.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (OLD_WORKBOOKS.contains(extension)) {
            return new FileRejectedException(FileError.OLD_WORKBOOK_FORMAT, original,
                    "「." + extension + "」是" + (extension.equals("et") ? " WPS 表格自己的格式" : "旧版 Excel 的格式") + "，只接收 .xlsx",
                    "'." + extension + "' is " + (extension.equals("et") ? "WPS Spreadsheets' own format" : "the format of old Excel versions") + "; only .xlsx is accepted");
        }
        if (dot > 0) {
            String stem = original.substring(0, dot);
            Matcher copy = COPY_SUFFIX.matcher(stem);
            if (copy.matches() && parse(copy.group(1) + original.substring(dot)).isPresent()) {
                String meant = copy.group(1) + original.substring(dot);
                String suffix = stem.substring(copy.group(1).length());
                return new FileRejectedException(FileError.UNRECOGNIZED_NAME, original,
                        "文件名多了「" + suffix.strip() + "」，像是复制出来的副本：请删去它，改名为「" + meant + "」",
                        "the name has '" + suffix.strip() + "' added, as a copy of a file gets: remove it and name the file '" + meant + "'");
            }
        }
        return new FileRejectedException(FileError.UNRECOGNIZED_NAME, original,
                "支部报送应命名为如「B001_2025-04.xlsx」或「B001_2025-04.json」，或三个 CSV「B001_2025-04_组织信息.csv」「B001_2025-04_人员信息.csv」"
                        + "「B001_2025-04_组织生活.csv」（B001 换成本组织的组织代码，2025-04 换成报告月份）；委员会报表应命名为如「企业名录_2025-04.xlsx」"
                        + "「分类定级_2025Q1.xlsx」「示范点.xlsx」「联系点分配.xlsx」「联系点记录_2025-04.xlsx」「年度目标_2025.xlsx」",
                "a branch submission is named like 'B001_2025-04.xlsx' or 'B001_2025-04.json', or three CSV files 'B001_2025-04_组织信息.csv', "
                        + "'B001_2025-04_人员信息.csv', 'B001_2025-04_组织生活.csv' (B001 being the organization's code, 2025-04 the report month); "
                        + "a committee feed like '企业名录_2025-04.xlsx', '分类定级_2025Q1.xlsx', '示范点.xlsx', '联系点分配.xlsx', "
                        + "'联系点记录_2025-04.xlsx', '年度目标_2025.xlsx'");
    }

    private static Optional<FileName> parseNormalized(String name)
    {
        Matcher m = BRANCH_WHOLE.matcher(name);
        if (m.matches()) {
            return month(m.group(2)).map(month -> new FileName(name, FileKind.BRANCH_SUBMISSION, m.group(1),
                    m.group(1) + ":" + month, monthKey(month), Optional.empty(), m.group(3)));
        }
        Matcher part = BRANCH_PART.matcher(name);
        if (part.matches()) {
            InputTable table = switch (part.group(3)) {
                case "组织信息" -> InputTable.ORGANIZATION;
                case "人员信息" -> InputTable.PEOPLE;
                default -> InputTable.ORGANIZATION_LIFE;
            };
            return month(part.group(2)).map(month -> new FileName(name, FileKind.BRANCH_SUBMISSION, part.group(1),
                    part.group(1) + ":" + month, monthKey(month), Optional.of(table), "csv"));
        }
        Matcher registry = REGISTRY.matcher(name);
        if (registry.matches()) {
            return month(registry.group(1)).map(month -> feed(name, FileKind.ENTERPRISE_REGISTRY, month.toString(), monthKey(month), registry.group(2)));
        }
        Matcher grades = GRADES.matcher(name);
        if (grades.matches()) {
            int year = Integer.parseInt(grades.group(1));
            int quarter = Integer.parseInt(grades.group(2));
            return Optional.of(feed(name, FileKind.GRADES, year + "Q" + quarter, year * 100 + quarter * 3, grades.group(3)));
        }
        Matcher sites = SITES.matcher(name);
        if (sites.matches()) {
            return Optional.of(feed(name, FileKind.DEMONSTRATION_SITES, "", UNDATED, sites.group(1)));
        }
        Matcher assignments = ASSIGNMENTS.matcher(name);
        if (assignments.matches()) {
            return Optional.of(feed(name, FileKind.LIAISON_ASSIGNMENTS, "", UNDATED, assignments.group(1)));
        }
        Matcher contacts = CONTACTS.matcher(name);
        if (contacts.matches()) {
            return month(contacts.group(1)).map(month -> feed(name, FileKind.LIAISON_CONTACTS, month.toString(), monthKey(month), contacts.group(2)));
        }
        Matcher targets = TARGETS.matcher(name);
        if (targets.matches()) {
            int year = Integer.parseInt(targets.group(1));
            return Optional.of(feed(name, FileKind.ANNUAL_TARGETS, String.valueOf(year), year * 100 + 1, targets.group(2)));
        }
        return Optional.empty();
    }

    /** The report month of a branch submission or a monthly feed. */
    public YearMonth month()
    {
        return YearMonth.of(sortMonth / 100, sortMonth % 100);
    }

    public static int monthKey(YearMonth month)
    {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static FileName feed(String name, FileKind kind, String key, int sortMonth, String extension)
    {
        return new FileName(name, kind, "", key, sortMonth, Optional.empty(), extension);
    }

    private static Optional<YearMonth> month(String text)
    {
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }
}
