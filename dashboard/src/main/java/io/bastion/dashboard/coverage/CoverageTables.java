package io.bastion.dashboard.coverage;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Kpi;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The coverage page's cards and tables in the request's language. Rows may carry keys beyond their columns, read by the
 * page and left out of the export: {@code trace}, the figure a row's numbers trace to; {@code traceScope}, for a row of
 * the park by unit category or industry, the argument its counts' figures take ({@code unit_category:国有企业}); and
 * {@code drill}, the URL value a chart bar filters the lists by.
 */
@Component
final class CoverageTables
{
    private static final int TREND_MONTHS = 12;

    private final Labels labels;

    CoverageTables(Labels labels)
    {
        this.labels = labels;
    }

    List<Kpi> cards(List<CoverageQueries.Counts> trend, Selection selection)
    {
        String blank = labels.get("blank.noDenominator");
        Optional<CoverageQueries.Counts> now = at(trend, selection.month());
        List<Kpi> cards = new ArrayList<>();
        cards.add(Rates.card("orgCoverage", labels.get("kpi.orgCoverage"), series(trend, CoverageQueries.Counts::orgCoverage), selection,
                Optional.empty(), "coverage.covered", blank));
        cards.add(Rates.card("workCoverage", labels.get("kpi.workCoverage"), series(trend, CoverageQueries.Counts::workCoverage), selection,
                Optional.empty(), "coverage.workCovered", blank));
        cards.add(Rates.card("ownBranch", labels.get("kpi.ownBranch"), series(trend, CoverageQueries.Counts::ownBranch), selection,
                Optional.empty(), "coverage.ownOrganization", blank));
        cards.add(count("mustForm", "coverage.kpi.mustForm", trend, selection, CoverageQueries.Counts::mustForm, "coverage.mustForm",
                now.map(counts -> labels.get("coverage.note.threeFull", format(counts.threeFull())))));
        cards.add(count("uncoveredOver90", "coverage.kpi.uncoveredOver90", trend, selection, CoverageQueries.Counts::uncoveredOver90,
                "coverage.uncovered90", Optional.of(labels.get("coverage.note.uncovered90"))));
        cards.add(count("active", "coverage.kpi.active", trend, selection, CoverageQueries.Counts::active, "coverage.active",
                now.map(counts -> labels.get("coverage.note.active", format(counts.active() - counts.covered())))));
        return cards;
    }

    DataTable conditions(Selection selection, CoverageFilter filter, boolean parkWide)
    {
        List<DataTable.Column> columns = List.of(text("item", "coverage.column.item"), text("value", "coverage.column.value"));
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(columns, labels.get("top.scope"), selection.scopeName()));
        rows.add(row(columns, labels.get("top.month"), monthLabel(selection.month())));
        filter.category().ifPresent(category -> rows.add(drill(row(columns, labels.get("coverage.column.category"), labels.get(category.labelKey())),
                "category")));
        filter.industry().ifPresent(industry -> rows.add(drill(row(columns, labels.get("coverage.column.industry"), industry), "industry")));
        filter.bucket().ifPresent(bucket -> rows.add(drill(row(columns, labels.get("coverage.column.bucket"), labels.get(bucket.labelKey())), "bucket")));
        if (selection.orgCode().isPresent()) {
            rows.add(drill(row(columns, labels.get("coverage.column.note"), labels.get("coverage.note.subtreeEnterprises")), "note"));
            if (parkWide) {
                rows.add(drill(row(columns, labels.get("coverage.column.note"), labels.get("coverage.note.parkWide")), "note"));
            }
        }
        return new DataTable("conditions", labels.get("coverage.table.conditions"), columns, rows, Optional.empty());
    }

    DataTable trend(List<CoverageQueries.Counts> trend, Selection selection)
    {
        DataTable.Builder table = DataTable.builder("trend", labels.get("coverage.table.trend", monthLabel(selection.month())))
                .column("month", labels.get("coverage.column.month"), DataTable.Kind.MONTH)
                .column("orgCoverage", labels.get("kpi.orgCoverage"), DataTable.Kind.RATE)
                .column("covered", labels.get("coverage.column.covered"), DataTable.Kind.COUNT)
                .column("active", labels.get("coverage.column.active"), DataTable.Kind.COUNT)
                .column("workCoverage", labels.get("kpi.workCoverage"), DataTable.Kind.RATE)
                .column("workCovered", labels.get("coverage.column.workCovered"), DataTable.Kind.COUNT)
                .column("ownBranch", labels.get("kpi.ownBranch"), DataTable.Kind.RATE)
                .column("ownOrganization", labels.get("coverage.column.ownOrganization"), DataTable.Kind.COUNT)
                .column("threeFull", labels.get("coverage.column.threeFull"), DataTable.Kind.COUNT)
                .column("mustForm", labels.get("coverage.kpi.mustForm"), DataTable.Kind.COUNT)
                .column("uncoveredOver90", labels.get("coverage.kpi.uncoveredOver90"), DataTable.Kind.COUNT)
                .emptyReason(labels.get("coverage.empty.noEnterprises"));
        for (CoverageQueries.Counts counts : trend) {
            table.row(new Month(counts.monthKey()).iso(), rate(counts.orgCoverage()), counts.covered(), counts.active(), rate(counts.workCoverage()),
                    counts.workCovered(), rate(counts.ownBranch()), counts.ownOrganization(), counts.threeFull(), counts.mustForm(),
                    counts.uncoveredOver90());
        }
        return table.build();
    }

    /** Coverage by 单位类别 or 行业 at the month, park-wide (the marts hold no category within a subtree). */
    DataTable byScope(String id, String scopeKind, List<CoverageQueries.Counts> scopes, Selection selection, boolean shown)
    {
        boolean category = "unit_category".equals(scopeKind);
        List<DataTable.Column> columns = List.of(
                text("scope", category ? "coverage.column.category" : "coverage.column.industry"),
                count("active", "coverage.column.active"),
                count("covered", "coverage.column.covered"),
                rate("orgCoverage", "kpi.orgCoverage"),
                count("workCovered", "coverage.column.workCovered"),
                rate("workCoverage", "kpi.workCoverage"),
                count("threeFull", "coverage.column.threeFull"),
                count("ownOrganization", "coverage.column.ownOrganization"),
                rate("ownBranch", "kpi.ownBranch"),
                count("mustForm", "coverage.kpi.mustForm"),
                count("uncoveredOver90", "coverage.kpi.uncoveredOver90"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoverageQueries.Counts counts : scopes) {
            Map<String, Object> row = row(columns, category ? categoryLabel(counts.scopeCode()) : counts.scopeCode(), counts.active(), counts.covered(),
                    rate(counts.orgCoverage()), counts.workCovered(), rate(counts.workCoverage()), counts.threeFull(), counts.ownOrganization(),
                    rate(counts.ownBranch()), counts.mustForm(), counts.uncoveredOver90());
            row.put("drill", counts.scopeCode());
            row.put("traceScope", scopeKind + ":" + counts.scopeCode());
            rows.add(row);
        }
        String title = labels.get(category ? "coverage.table.byCategory" : "coverage.table.byIndustry", monthLabel(selection.month()));
        String empty = shown ? "coverage.empty.noEnterprises" : "coverage.note.secretaryNoBreakdown";
        return new DataTable(id, title, columns, rows, rows.isEmpty() ? Optional.of(labels.get(empty)) : Optional.empty());
    }

    DataTable mustForm(List<CoverageQueries.MustForm> enterprises, Selection selection, CoverageFilter filter)
    {
        List<DataTable.Column> columns = enterpriseColumns(
                count("fullMembers", "coverage.column.fullMembers"),
                text("coveringOrgs", "coverage.column.coveringOrgs"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoverageQueries.MustForm enterprise : enterprises) {
            String covering = enterprise.coveringOrgs().isEmpty() ? labels.get("coverage.value.noOrganization")
                    : String.join(labels.get("coverage.value.separator"), enterprise.coveringOrgs().stream().map(selection.tree()::name).toList());
            rows.add(enterprise(columns, enterprise.unitCode(), enterprise.unitName(), enterprise.unitCategory(), enterprise.industry(),
                    enterprise.fullMembers(), covering));
        }
        return new DataTable("mustForm", labels.get("coverage.table.mustForm", monthLabel(selection.month())), columns, rows,
                rows.isEmpty() ? Optional.of(emptyReason("coverage.empty.mustForm", filter)) : Optional.empty());
    }

    DataTable uncovered(List<CoverageQueries.Uncovered> enterprises, Selection selection, CoverageFilter filter)
    {
        List<DataTable.Column> columns = enterpriseColumns(
                column("movedInOn", "coverage.column.movedInOn", DataTable.Kind.DATE),
                column("daysInPark", "coverage.column.daysInPark", DataTable.Kind.DAYS));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoverageQueries.Uncovered enterprise : enterprises) {
            rows.add(enterprise(columns, enterprise.unitCode(), enterprise.unitName(), enterprise.unitCategory(), enterprise.industry(),
                    enterprise.movedInOn(), enterprise.daysInPark()));
        }
        String empty = selection.orgCode().isPresent() ? "coverage.empty.uncoveredSubtree" : "coverage.empty.uncovered";
        return new DataTable("uncovered", labels.get("coverage.table.uncovered", monthLabel(selection.month())), columns, rows,
                rows.isEmpty() ? Optional.of(emptyReason(empty, filter)) : Optional.empty());
    }

    DataTable firstCoverageSummary(Map<DaysBucket, Long> buckets, Optional<Double> medianDays)
    {
        long total = buckets.values().stream().mapToLong(Long::longValue).sum();
        long notYet = buckets.getOrDefault(DaysBucket.NOT_YET, 0L);
        return DataTable.builder("firstCoverageSummary", labels.get("coverage.table.firstCoverageSummary"))
                .column("newEnterprises", labels.get("coverage.column.newEnterprises"), DataTable.Kind.COUNT)
                .column("covered", labels.get("coverage.column.coveredSoFar"), DataTable.Kind.COUNT)
                .column("notYet", labels.get("coverage.column.notYet"), DataTable.Kind.COUNT)
                .column("medianDays", labels.get("coverage.column.medianDays"), DataTable.Kind.DAYS)
                .row(total, total - notYet, notYet, medianDays.orElse(null))
                .build();
    }

    DataTable buckets(Map<DaysBucket, Long> buckets, Selection selection)
    {
        Month first = selection.months().get(0);
        Month last = selection.months().get(selection.months().size() - 1);
        List<DataTable.Column> columns = List.of(text("bucket", "coverage.column.bucket"), count("enterprises", "coverage.column.enterprises"));
        List<Map<String, Object>> rows = new ArrayList<>();
        buckets.forEach((bucket, enterprises) -> {
            Map<String, Object> row = row(columns, labels.get(bucket.labelKey()), enterprises);
            row.put("drill", bucket.name());
            row.put("trace", "coverage.firstCoverage:" + bucket.name());
            rows.add(row);
        });
        boolean none = buckets.values().stream().allMatch(count -> count == 0);
        return new DataTable("buckets", labels.get("coverage.table.buckets", monthLabel(first), monthLabel(last)), columns, none ? List.of() : rows,
                none ? Optional.of(labels.get(selection.orgCode().isPresent() ? "coverage.empty.newEnterprisesSubtree" : "coverage.empty.newEnterprises"))
                        : Optional.empty());
    }

    DataTable newEnterprises(List<CoverageQueries.NewEnterprise> enterprises, Selection selection, CoverageFilter filter)
    {
        List<DataTable.Column> columns = enterpriseColumns(
                column("movedInOn", "coverage.column.movedInOn", DataTable.Kind.DATE),
                column("firstCoveredMonth", "coverage.column.firstCoveredMonth", DataTable.Kind.MONTH),
                column("daysToCoverage", "coverage.column.daysToCoverage", DataTable.Kind.DAYS),
                text("status", "coverage.column.status"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoverageQueries.NewEnterprise enterprise : enterprises) {
            rows.add(enterprise(columns, enterprise.unitCode(), enterprise.unitName(), enterprise.unitCategory(), enterprise.industry(),
                    enterprise.movedInOn(), enterprise.firstCoveredMonth().orElse(null), enterprise.daysToCoverage().orElse(null),
                    labels.get(enterprise.daysToCoverage().isPresent() ? "coverage.value.covered" : "coverage.value.notYet")));
        }
        String empty = selection.orgCode().isPresent() ? "coverage.empty.newEnterprisesSubtree" : "coverage.empty.newEnterprises";
        return new DataTable("newEnterprises", labels.get("coverage.table.newEnterprises"), columns, rows,
                rows.isEmpty() ? Optional.of(emptyReason(empty, filter)) : Optional.empty());
    }

    // ---------------------------------------------------------------- helpers

    private Kpi count(String key, String labelKey, List<CoverageQueries.Counts> trend, Selection selection,
            Function<CoverageQueries.Counts, Long> value, String trace, Optional<String> note)
    {
        Optional<Long> now = at(trend, selection.month()).map(value);
        Optional<Long> before = at(trend, selection.month().previous()).map(value);
        List<Kpi.Point> points = new ArrayList<>();
        for (Month month : selection.trailing(TREND_MONTHS)) {
            points.add(new Kpi.Point(month.iso(), at(trend, month).map(value).map(Long::doubleValue).orElse(null)));
        }
        return new Kpi(key, labels.get(labelKey), Kpi.Kind.COUNT, now.map(Long::doubleValue), now, Optional.empty(), Optional.empty(),
                before.map(Long::doubleValue), points, now.isEmpty() ? Optional.of(labels.get("coverage.empty.noEnterprises")) : Optional.empty(),
                Optional.of(trace), note);
    }

    private static Map<Integer, Rates.Fraction> series(List<CoverageQueries.Counts> trend, Function<CoverageQueries.Counts, Rates.Fraction> fraction)
    {
        Map<Integer, Rates.Fraction> series = new TreeMap<>();
        trend.forEach(counts -> series.put(counts.monthKey(), fraction.apply(counts)));
        return series;
    }

    private static Optional<CoverageQueries.Counts> at(List<CoverageQueries.Counts> trend, Month month)
    {
        return trend.stream().filter(counts -> counts.monthKey() == month.key()).findFirst();
    }

    private List<DataTable.Column> enterpriseColumns(DataTable.Column... more)
    {
        List<DataTable.Column> columns = new ArrayList<>(List.of(
                text("unitName", "coverage.column.unitName"),
                text("unitCode", "coverage.column.unitCode"),
                text("category", "coverage.column.category"),
                text("industry", "coverage.column.industry")));
        columns.addAll(List.of(more));
        return columns;
    }

    private Map<String, Object> enterprise(List<DataTable.Column> columns, String unitCode, String unitName, String category,
            Optional<String> industry, Object... more)
    {
        Object[] values = new Object[4 + more.length];
        values[0] = unitName;
        values[1] = unitCode;
        values[2] = categoryLabel(category);
        values[3] = industry.filter(text -> !text.isBlank()).orElse(null);
        System.arraycopy(more, 0, values, 4, more.length);
        Map<String, Object> row = row(columns, values);
        row.put("trace", "coverage.enterprise:" + unitCode);
        return row;
    }

    private String emptyReason(String key, CoverageFilter filter)
    {
        String reason = labels.get(key);
        return filter.narrowsEnterprises() || filter.bucket().isPresent() ? reason + labels.get("coverage.empty.filtered") : reason;
    }

    private String categoryLabel(String chinese)
    {
        return UnitCategory.fromChinese(chinese).map(category -> labels.get(category.labelKey())).orElse(chinese);
    }

    private String monthLabel(Month month)
    {
        return labels.get("coverage.monthLabel", String.valueOf(month.year()), String.valueOf(month.monthOfYear()));
    }

    private static String format(long count)
    {
        return "%,d".formatted(count);
    }

    private static Double rate(Rates.Fraction fraction)
    {
        return fraction.rate().orElse(null);
    }

    private static Map<String, Object> drill(Map<String, Object> row, String parameter)
    {
        row.put("drill", parameter);
        return row;
    }

    private static Map<String, Object> row(List<DataTable.Column> columns, Object... values)
    {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i).key(), values[i]);
        }
        return row;
    }

    private DataTable.Column text(String key, String labelKey)
    {
        return column(key, labelKey, DataTable.Kind.TEXT);
    }

    private DataTable.Column count(String key, String labelKey)
    {
        return column(key, labelKey, DataTable.Kind.COUNT);
    }

    private DataTable.Column rate(String key, String labelKey)
    {
        return column(key, labelKey, DataTable.Kind.RATE);
    }

    private DataTable.Column column(String key, String labelKey, DataTable.Kind kind)
    {
        return new DataTable.Column(key, labels.get(labelKey), kind);
    }
}
