package io.bastion.ingest.validation;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.RawRow;
import io.bastion.ingest.format.RawTable;
import io.bastion.ingest.format.Values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The row rules of the committee feeds (DOMAIN.md §Committee feeds). */
public final class FeedValidator
{
    private static final Pattern ORG_CODE = SubmissionValidator.ORG_CODE;

    private FeedValidator() {}

    public static ValidatedTables validate(FileName name, RawTable table)
    {
        List<RejectedRow> rejected = new ArrayList<>();
        List<Object> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RawRow row : table.rows()) {
            RowReader r = new RowReader(table.table().sheetName(), row);
            Optional<Keyed> parsed = switch (name.kind()) {
                case ENTERPRISE_REGISTRY -> enterprise(r);
                case GRADES -> grade(r, name);
                case DEMONSTRATION_SITES -> site(r);
                case LIAISON_ASSIGNMENTS -> assignment(r);
                case LIAISON_CONTACTS -> contact(r, name.month());
                case ANNUAL_TARGETS -> target(r, name);
                case BRANCH_SUBMISSION -> throw new IllegalArgumentException("not a feed: " + name.original());
            };
            if (parsed.isPresent() && parsed.get().key() != null && !keys.add(parsed.get().key())) {
                r.fail(parsed.get().keyColumn(), Rule.DUPLICATE_ROW, parsed.get().key(), "本文件中已出现", "already in this file");
            }
            if (!r.valid() || parsed.isEmpty()) {
                rejected.add(new RejectedRow(table.table().sheetName(), row, r.violations()));
                continue;
            }
            valid.add(parsed.get().row());
        }
        return new ValidatedTables(Optional.empty(), List.of(), List.of(), valid, rejected, table.rows().size(), List.of(table));
    }

    /** A parsed row and its key within the file (null when the feed's rows may repeat). */
    private record Keyed(Object row, String key, String keyColumn) {}

    private static Optional<Keyed> enterprise(RowReader r)
    {
        String received = r.requiredText("统一社会信用代码");
        String code = received == null ? null : Values.code(received);
        if (code != null && !PersonRules.unitCode(r, "统一社会信用代码", code, received)) {
            code = null;
        }
        String unitName = r.requiredText("企业名称");
        String category = r.choice("单位类别", Vocabulary.UNIT_CATEGORIES, true);
        Integer employees = r.count("职工人数", true);
        LocalDate movedIn = r.requiredDate("入驻日期");
        LocalDate movedOut = r.date("迁出日期");
        reversed(r, "迁出日期", movedIn, movedOut, "入驻日期");
        BigDecimal output = r.decimal("年产值（万元）", false);
        // The registry names the groups known to exist: a blank is 否, as the management committee fills it in.
        Boolean union = r.yesNo("建立工会", Boolean.FALSE, "", "");
        Boolean league = r.yesNo("建立团组织", Boolean.FALSE, "", "");
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Enterprise(r.rowNo(), code, unitName, category, r.text("行业"), employees, movedIn, movedOut, output,
                union, league, r.text("党建指导员")), code, "统一社会信用代码");
    }

    private static Optional<Keyed> grade(RowReader r, FileName name)
    {
        String orgCode = r.requiredMatching("组织代码", ORG_CODE, "4–20位大写字母或数字", "4–20 capitals or digits");
        String period = r.requiredText("评定期间");
        if (period != null && !period.equals(name.key())) {
            throw new FileRejectedException(FileError.NAME_CONTENT_MISMATCH, name.original(),
                    "第" + r.rowNo() + "行评定期间为 " + period + "，文件名为 " + name.key(),
                    "row " + r.rowNo() + " says 评定期间 " + period + ", the name says " + name.key());
        }
        String grade = r.choice("等级", Vocabulary.GRADES, true);
        BigDecimal score = r.decimal("得分", false);
        LocalDate assessedOn = r.date("评定日期");
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Grade(r.rowNo(), orgCode, period, grade, score, assessedOn), orgCode, "组织代码");
    }

    private static Optional<Keyed> site(RowReader r)
    {
        String orgCode = r.requiredMatching("组织代码", ORG_CODE, "4–20位大写字母或数字", "4–20 capitals or digits");
        String level = r.choice("级别", Vocabulary.SITE_LEVELS, true);
        LocalDate named = r.requiredDate("命名日期");
        LocalDate revoked = r.date("撤销日期");
        reversed(r, "撤销日期", named, revoked, "命名日期");
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Site(r.rowNo(), orgCode, level, named, revoked), orgCode + " " + level + " " + named, "组织代码");
    }

    private static Optional<Keyed> assignment(RowReader r)
    {
        String liaison = r.requiredText("联系人");
        String orgCode = r.requiredMatching("示范点组织代码", ORG_CODE, "4–20位大写字母或数字", "4–20 capitals or digits");
        LocalDate start = r.requiredDate("开始日期");
        LocalDate end = r.date("结束日期");
        reversed(r, "结束日期", start, end, "开始日期");
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Assignment(r.rowNo(), liaison, r.text("职务"), orgCode, start, end), liaison + " " + orgCode + " " + start, "联系人");
    }

    private static Optional<Keyed> contact(RowReader r, YearMonth month)
    {
        String liaison = r.requiredText("联系人");
        String orgCode = r.requiredMatching("示范点组织代码", ORG_CODE, "4–20位大写字母或数字", "4–20 capitals or digits");
        LocalDate contactedOn = r.requiredDate("联系日期");
        if (contactedOn != null && !YearMonth.from(contactedOn).equals(month)) {
            r.fail("联系日期", Rule.EVENT_OUTSIDE_MONTH, contactedOn.toString(), "记录月份为 " + month, "the log's month is " + month);
        }
        String mode = r.choice("方式", Vocabulary.CONTACT_MODES, true);
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Contact(r.rowNo(), liaison, orgCode, contactedOn, mode, r.text("内容摘要")), null, "");
    }

    private static Optional<Keyed> target(RowReader r, FileName name)
    {
        Integer year = r.count("年度", true);
        if (year != null && !String.valueOf(year).equals(name.key())) {
            throw new FileRejectedException(FileError.NAME_CONTENT_MISMATCH, name.original(),
                    "第" + r.rowNo() + "行年度为 " + year + "，文件名为 " + name.key(),
                    "row " + r.rowNo() + " says 年度 " + year + ", the name says " + name.key());
        }
        String indicator = r.choice("指标", Vocabulary.TARGET_INDICATORS, true);
        BigDecimal value = r.decimal("目标值", true);
        if (!r.valid()) {
            return Optional.empty();
        }
        return keyed(new ValidRows.Target(r.rowNo(), year, indicator, value), indicator, "指标");
    }

    private static void reversed(RowReader r, String endHeader, LocalDate start, LocalDate end, String startHeader)
    {
        if (start != null && end != null && end.isBefore(start)) {
            r.fail(endHeader, Rule.DATE_RANGE_REVERSED, end.toString(), "早于" + startHeader + " " + start, "before " + startHeader + " " + start);
        }
    }

    private static Optional<Keyed> keyed(Object row, String key, String keyColumn)
    {
        return Optional.of(new Keyed(row, key, keyColumn));
    }
}
