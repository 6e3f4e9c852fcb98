package io.bastion.dashboard.organizationlife;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The organizational-life page's charts and lists as tables, in the request's language; a {@code figure} column names each row's trace. */
@Component
final class OrganizationLifeTables
{
    private final Labels labels;

    OrganizationLifeTables(Labels labels)
    {
        this.labels = labels;
    }

    /** Every branch in scope per quarter of the heatmap's window: what it held, whether it complied, which rules it missed. */
    DataTable heatmap(List<BranchQuarter> branches, int lectures, Optional<String> quarter)
    {
        DataTable.Builder table = DataTable.builder("heatmap", labels.get("life.heatmap.title"))
                .column("organization", labels.get("life.column.branch"), DataTable.Kind.ORGANIZATION)
                .column("quarter", labels.get("life.column.quarter"), DataTable.Kind.MONTH)
                .column("compliant", labels.get("life.column.compliant"), DataTable.Kind.BOOLEAN)
                .column("missed", labels.get("life.column.missed"), DataTable.Kind.TEXT)
                .column("generalMeetings", labels.get("life.column.generalMeetings"), DataTable.Kind.COUNT)
                .column("partyLectures", labels.get("life.column.partyLectures"), DataTable.Kind.COUNT)
                .column("committeeHeld", labels.get("life.column.committeeHeld"), DataTable.Kind.COUNT)
                .column("committeeRequired", labels.get("life.column.committeeRequired"), DataTable.Kind.COUNT)
                .column("groupHeld", labels.get("life.column.groupHeld"), DataTable.Kind.COUNT)
                .column("groupRequired", labels.get("life.column.groupRequired"), DataTable.Kind.COUNT)
                .column("themeDays", labels.get("life.column.themeDays"), DataTable.Kind.COUNT)
                .column("figure", labels.get("life.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get(quarter.isEmpty() ? "life.empty.noQuarter" : "life.empty.branches"));
        for (BranchQuarter branch : branches) {
            table.row(organization(branch.orgCode(), branch.orgName()), branch.quarter(), branch.compliant(), missedText(branch, lectures),
                    branch.generalMeetings(), branch.partyLectures(), branch.committeeMonthsHeld(), branch.committeeMonthsRequired(),
                    branch.groupMonthsHeld(), branch.groupMonthsRequired(), branch.themeDayMonthsHeld(), "life.branch:" + branch.quarter());
        }
        return table.build();
    }

    /** The chosen quarter's branches that did not comply, most rules missed first, with the missed rules in words. */
    DataTable nonCompliant(List<BranchQuarter> branches, int lectures, Optional<String> quarter)
    {
        DataTable.Builder table = DataTable.builder("nonCompliant", labels.get("life.nonCompliant.title", quarter.map(this::quarterText).orElse("")))
                .column("organization", labels.get("life.column.branch"), DataTable.Kind.ORGANIZATION)
                .column("kind", labels.get("life.column.kind"), DataTable.Kind.TEXT)
                .column("missedCount", labels.get("life.column.missedCount"), DataTable.Kind.COUNT)
                .column("missed", labels.get("life.column.missed"), DataTable.Kind.TEXT)
                .column("figure", labels.get("life.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get(quarter.isEmpty() ? "life.empty.noQuarter" : "life.empty.allCompliant"));
        if (quarter.isEmpty()) {
            return table.build();
        }
        branches.stream()
                .filter(branch -> branch.quarter().equals(quarter.get()) && !branch.compliant())
                .sorted(Comparator.comparingInt((BranchQuarter branch) -> -branch.missed(lectures).size()).thenComparing(BranchQuarter::orgCode))
                .forEach(branch -> table.row(organization(branch.orgCode(), branch.orgName()), word("life.kind." + branch.orgKind(), branch.orgKind()),
                        (long) branch.missed(lectures).size(), missedText(branch, lectures), "life.branch:" + branch.quarter()));
        return table.build();
    }

    /** 三会一课达标率 per quarter. */
    DataTable complianceTrend(Map<String, Rates.Fraction> compliance)
    {
        DataTable.Builder table = DataTable.builder("complianceTrend", labels.get("life.complianceTrend.title"))
                .column("quarter", labels.get("life.column.quarter"), DataTable.Kind.MONTH)
                .column("compliant", labels.get("life.column.compliantBranches"), DataTable.Kind.COUNT)
                .column("branches", labels.get("life.column.branches"), DataTable.Kind.COUNT)
                .column("rate", labels.get("life.column.complianceRate"), DataTable.Kind.RATE)
                .column("figure", labels.get("life.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("life.empty.noQuarter"));
        compliance.forEach((quarter, fraction) -> table.row(quarter, fraction.numerator(), fraction.denominator(), fraction.rate().orElse(null),
                "life.compliant:" + quarter));
        return table.build();
    }

    /** 党员参加组织生活率 per month. */
    DataTable participation(Selection selection, Map<Integer, Rates.Fraction> series)
    {
        DataTable.Builder table = DataTable.builder("participation", labels.get("life.participation.title"))
                .column("month", labels.get("life.column.month"), DataTable.Kind.MONTH)
                .column("attended", labels.get("life.column.attended"), DataTable.Kind.COUNT)
                .column("expected", labels.get("life.column.expected"), DataTable.Kind.COUNT)
                .column("rate", labels.get("life.column.participationRate"), DataTable.Kind.RATE)
                .emptyReason(labels.get("life.empty.events"));
        monthly(selection, series, table);
        return table.build();
    }

    /** 报送及时率 per month. */
    DataTable timeliness(Selection selection, Map<Integer, Rates.Fraction> series)
    {
        DataTable.Builder table = DataTable.builder("timeliness", labels.get("life.timeliness.title"))
                .column("month", labels.get("life.column.month"), DataTable.Kind.MONTH)
                .column("onTime", labels.get("life.column.onTime"), DataTable.Kind.COUNT)
                .column("active", labels.get("life.column.active"), DataTable.Kind.COUNT)
                .column("rate", labels.get("life.column.timelinessRate"), DataTable.Kind.RATE)
                .emptyReason(labels.get("life.empty.organizations"));
        monthly(selection, series, table);
        return table.build();
    }

    /** The month's late and missing submissions: organization, its parent, the deadline, 报送日期 or 未报送, days late. */
    DataTable late(Selection selection, List<OrganizationLifeQueries.Late> rows)
    {
        DataTable.Builder table = DataTable.builder("late", labels.get("life.late.title", monthText(selection.month())))
                .column("organization", labels.get("life.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("parent", labels.get("life.column.parent"), DataTable.Kind.ORGANIZATION)
                .column("deadline", labels.get("life.column.deadline"), DataTable.Kind.DATE)
                .column("submittedOn", labels.get("life.column.submittedOn"), DataTable.Kind.TEXT)
                .column("daysLate", labels.get("life.column.daysLate"), DataTable.Kind.DAYS)
                .column("figure", labels.get("life.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("life.empty.late", monthText(selection.month())));
        for (OrganizationLifeQueries.Late row : rows) {
            table.row(organization(row.orgCode(), row.orgName()),
                    row.parentCode() == null ? null : organization(row.parentCode(), selection.tree().name(row.parentCode())),
                    row.deadline(), row.submittedOn() == null ? labels.get("life.notSubmitted") : row.submittedOn().toString(), row.daysLate(),
                    "timeliness.late");
        }
        return table.build();
    }

    /** 2026年第三季度, or 2026 Q3 in English. */
    String quarterText(String quarter)
    {
        return labels.get("life.quarterText", quarter.substring(0, 4), labels.get("life.quarterNumber." + quarter.substring(5)));
    }

    String monthText(Month month)
    {
        return labels.get("life.month", String.valueOf(month.year()), String.valueOf(month.monthOfYear()));
    }

    private static void monthly(Selection selection, Map<Integer, Rates.Fraction> series, DataTable.Builder table)
    {
        if (series.isEmpty()) {
            return;
        }
        for (Month month : selection.trailing(12)) {
            Optional<Rates.Fraction> fraction = Optional.ofNullable(series.get(month.key()));
            table.row(month.iso(), fraction.map(Rates.Fraction::numerator).orElse(null), fraction.map(Rates.Fraction::denominator).orElse(null),
                    fraction.flatMap(Rates.Fraction::rate).orElse(null));
        }
    }

    /** The rules a branch missed, in words, separated by ；. */
    private String missedText(BranchQuarter branch, int lectures)
    {
        return branch.missed(lectures).stream().map(rule -> switch (rule) {
            case GENERAL_MEETING -> labels.get(rule.labelKey());
            case PARTY_LECTURE -> labels.get(rule.labelKey(), String.valueOf(branch.partyLectures()), String.valueOf(lectures));
            case COMMITTEE -> labels.get(rule.labelKey(), String.valueOf(branch.committeeMonthsHeld()), String.valueOf(branch.committeeMonthsRequired()));
            case PARTY_GROUP -> labels.get(rule.labelKey(), String.valueOf(branch.groupMonthsHeld()), String.valueOf(branch.groupMonthsRequired()));
            case THEME_DAY -> labels.get(rule.labelKey(), String.valueOf(branch.themeDayMonthsHeld()), String.valueOf(Rule.MONTHS_IN_QUARTER));
        }).collect(Collectors.joining(labels.get("life.separator")));
    }

    private static Map<String, String> organization(String code, String name)
    {
        return Map.of("code", code, "name", name == null ? code : name);
    }

    private String word(String key, String fallback)
    {
        String text = labels.get(key);
        return text.equals(key) ? fallback : text;
    }
}
