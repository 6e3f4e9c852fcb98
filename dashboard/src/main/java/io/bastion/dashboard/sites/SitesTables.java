package io.bastion.dashboard.sites;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sites page's charts and lists as tables, in the request's language; a {@code figure} column names each row's trace. */
@Component
final class SitesTables
{
    private final Labels labels;

    SitesTables(Labels labels)
    {
        this.labels = labels;
    }

    /** Active sites per level against the year's target (3:6:12 by default). */
    DataTable sites(Selection selection, List<SitesQueries.LevelSites> sites)
    {
        DataTable.Builder table = DataTable.builder("sites", labels.get("sites.sites.title", monthText(selection.month())))
                .column("level", labels.get("sites.column.level"), DataTable.Kind.TEXT)
                .column("active", labels.get("sites.column.active"), DataTable.Kind.COUNT)
                .column("target", labels.get("sites.column.target"), DataTable.Kind.NUMBER)
                .column("gap", labels.get("sites.column.gap"), DataTable.Kind.NUMBER)
                .column("figure", labels.get("sites.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("sites.empty.sites"));
        Map<Level, SitesQueries.LevelSites> byLevel = new EnumMap<>(Level.class);
        sites.forEach(row -> Level.ofChinese(row.level()).ifPresent(level -> byLevel.put(level, row)));
        if (byLevel.isEmpty()) {
            return table.build();
        }
        for (Level level : Level.values()) {
            Optional<SitesQueries.LevelSites> row = Optional.ofNullable(byLevel.get(level));
            long active = row.map(SitesQueries.LevelSites::active).orElse(0L);
            Optional<Double> target = row.flatMap(SitesQueries.LevelSites::target);
            table.row(labels.get(level.labelKey()), active, target.orElse(null), target.map(value -> value - active).orElse(null),
                    "sites.active:" + level.chinese());
        }
        return table.build();
    }

    /** 先进率 per grading period, with the year's target. */
    DataTable advanced(Map<String, Rates.Fraction> periods, Optional<Double> target)
    {
        DataTable.Builder table = DataTable.builder("advanced", labels.get("sites.advanced.title"))
                .column("period", labels.get("sites.column.period"), DataTable.Kind.MONTH)
                .column("good", labels.get("sites.column.good"), DataTable.Kind.COUNT)
                .column("assessed", labels.get("sites.column.assessed"), DataTable.Kind.COUNT)
                .column("rate", labels.get("sites.column.advancedRate"), DataTable.Kind.RATE)
                .column("target", labels.get("sites.column.target"), DataTable.Kind.RATE)
                .column("figure", labels.get("sites.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("sites.blank.noGrades"));
        periods.forEach((period, fraction) -> table.row(period, fraction.numerator(), fraction.denominator(), fraction.rate().orElse(null),
                target.orElse(null), "grades.good:" + period));
        return table.build();
    }

    /** Every assignment active at the month, overdue first: who, which site, this month's and this quarter's contacts, the last one. */
    DataTable progress(Selection selection, List<SitesQueries.Assignment> assignments)
    {
        DataTable.Builder table = DataTable.builder("progress", labels.get("sites.progress.title", monthText(selection.month())))
                .column("status", labels.get("sites.column.status"), DataTable.Kind.TEXT)
                .column("liaison", labels.get("sites.column.liaison"), DataTable.Kind.TEXT)
                .column("title", labels.get("sites.column.title"), DataTable.Kind.TEXT)
                .column("site", labels.get("sites.column.site"), DataTable.Kind.ORGANIZATION)
                .column("contacts", labels.get("sites.column.contacts"), DataTable.Kind.COUNT)
                .column("monthlyOk", labels.get("sites.column.monthlyOk"), DataTable.Kind.TEXT)
                .column("onsite", labels.get("sites.column.onsite"), DataTable.Kind.COUNT)
                .column("quarterly", labels.get("sites.column.quarterly"), DataTable.Kind.TEXT)
                .column("lastContactOn", labels.get("sites.column.lastContactOn"), DataTable.Kind.DATE)
                .column("daysSince", labels.get("sites.column.daysSince"), DataTable.Kind.DAYS)
                .column("summary", labels.get("sites.column.summary"), DataTable.Kind.TEXT)
                .column("figure", labels.get("sites.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("sites.empty.assignments", monthText(selection.month())));
        for (SitesQueries.Assignment row : assignments) {
            String site = row.siteName() == null ? selection.tree().name(row.siteOrgCode()) : row.siteName();
            table.row(labels.get(row.overdue() ? "sites.status.overdue" : "sites.status.onTrack"), row.liaison(), row.title(),
                    Map.of("code", row.siteOrgCode(), "name", site), row.contactsInMonth(),
                    labels.get(row.monthlyOk() ? "sites.status.met" : "sites.status.missed"), row.onsiteInQuarter(),
                    QuarterlyStatus.ofChinese(row.quarterlyStatus()).map(status -> labels.get(status.labelKey())).orElse(row.quarterlyStatus()),
                    row.lastContactOn(), row.daysSinceLastContact(), row.lastContactSummary(), "liaison.assignment:" + row.liaison() + ":" + row.siteOrgCode());
        }
        return table.build();
    }

    /** Per liaison person: assignments, contacted this month, overdue, 月度联系达标率 and, at a quarter's end, 季度现场达标率. */
    DataTable persons(Selection selection, List<SitesQueries.Rollup> persons, Map<String, String> titles)
    {
        DataTable.Builder table = DataTable.builder("persons", labels.get("sites.persons.title", monthText(selection.month())))
                .column("liaison", labels.get("sites.column.liaison"), DataTable.Kind.TEXT)
                .column("title", labels.get("sites.column.title"), DataTable.Kind.TEXT)
                .column("active", labels.get("sites.column.assignments"), DataTable.Kind.COUNT)
                .column("contacted", labels.get("sites.column.contacted"), DataTable.Kind.COUNT)
                .column("overdue", labels.get("sites.column.overdue"), DataTable.Kind.COUNT)
                .column("monthlyRate", labels.get("sites.column.monthlyRate"), DataTable.Kind.RATE)
                .column("quarterAssignments", labels.get("sites.column.quarterAssignments"), DataTable.Kind.COUNT)
                .column("onsiteOk", labels.get("sites.column.onsiteOk"), DataTable.Kind.COUNT)
                .column("quarterlyRate", labels.get("sites.column.quarterlyRate"), DataTable.Kind.RATE)
                .column("figure", labels.get("sites.column.figure"), DataTable.Kind.LINK)
                .emptyReason(labels.get("sites.empty.assignments", monthText(selection.month())));
        for (SitesQueries.Rollup person : persons) {
            table.row(person.scopeCode(), titles.get(person.scopeCode()), person.active(), person.contacted(), person.overdue(),
                    person.monthly().rate().orElse(null), person.quarterEnd() ? person.quarterAssignments() : null,
                    person.quarterEnd() ? person.onsiteOk() : null, person.quarterEnd() ? person.quarterly().rate().orElse(null) : null,
                    "liaison.person:" + person.scopeCode());
        }
        return table.build();
    }

    String monthText(Month month)
    {
        return labels.get("sites.month", String.valueOf(month.year()), String.valueOf(month.monthOfYear()));
    }
}
