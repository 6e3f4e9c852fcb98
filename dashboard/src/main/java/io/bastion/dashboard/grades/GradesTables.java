package io.bastion.dashboard.grades;

import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The grades page's tables in the request's language. Rows may carry keys beyond their columns, read by the page and left
 * out of the export: {@code trace} (the figure a row traces to), {@code drill} and {@code code} (the URL values it filters by).
 */
@Component
final class GradesTables
{
    private final Labels labels;

    GradesTables(Labels labels)
    {
        this.labels = labels;
    }

    DataTable conditions(Selection selection, Comparison comparison, boolean fromMart, GradesFilter filter)
    {
        List<DataTable.Column> columns = List.of(text("item", "grades.column.item"), text("value", "grades.column.value"));
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(columns, labels.get("top.scope"), selection.scopeName()));
        rows.add(row(columns, labels.get("top.month"), labels.get("grades.monthLabel", String.valueOf(selection.month().year()),
                String.valueOf(selection.month().monthOfYear()))));
        Map<String, Object> from = row(columns, labels.get("grades.column.from"),
                comparison.from().map(period -> period(period.name())).orElse(labels.get("grades.value.noPrevious")));
        from.put("drill", "from");
        from.put("code", comparison.from().map(GradesQueries.Period::name).orElse(null));
        rows.add(from);
        Map<String, Object> to = row(columns, labels.get("grades.column.to"), period(comparison.to().name()));
        to.put("drill", "to");
        to.put("code", comparison.to().name());
        rows.add(to);
        String source = comparison.from().isEmpty() ? "grades.note.first"
                : fromMart ? "grades.note.consecutive" : comparison.consecutive() ? "grades.note.branch" : "grades.note.nonConsecutive";
        Map<String, Object> note = row(columns, labels.get("grades.column.source"), labels.get(source));
        note.put("drill", "source");
        note.put("code", comparison.consecutive() ? "consecutive" : "direct");
        rows.add(note);
        filter.fromGrade().ifPresent(grade -> rows.add(filterRow(columns, "grades.column.fromGrade", labels.get(grade.labelKey()), "fromGrade")));
        filter.toGrade().ifPresent(grade -> rows.add(filterRow(columns, "grades.column.toGrade", labels.get(grade.labelKey()), "toGrade")));
        filter.change().ifPresent(change -> rows.add(filterRow(columns, "grades.column.change", labels.get(change.labelKey()), "change")));
        return new DataTable("conditions", labels.get("grades.table.conditions"), columns, rows, Optional.empty());
    }

    DataTable periods(List<GradesQueries.Period> periods)
    {
        DataTable.Builder table = DataTable.builder("periods", labels.get("grades.table.periods"))
                .column("period", labels.get("grades.column.period"), DataTable.Kind.TEXT)
                .column("label", labels.get("grades.column.periodLabel"), DataTable.Kind.TEXT);
        periods.forEach(period -> table.row(period.name(), period(period.name())));
        return table.build();
    }

    DataTable distribution(Map<String, Map<Grade, Long>> periods, Optional<String> emptyReason, List<GradesQueries.Period> range)
    {
        List<DataTable.Column> columns = new ArrayList<>();
        columns.add(column("period", "grades.column.period", DataTable.Kind.MONTH));
        for (Grade grade : Grade.values()) {
            columns.add(new DataTable.Column(grade.name(), labels.get(grade.labelKey()), DataTable.Kind.COUNT));
        }
        columns.add(column("assessed", "grades.kpi.assessed", DataTable.Kind.COUNT));
        List<Map<String, Object>> rows = new ArrayList<>();
        periods.forEach((period, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", period);
            counts.forEach((grade, organizations) -> row.put(grade.name(), organizations));
            row.put("assessed", counts.values().stream().mapToLong(Long::longValue).sum());
            rows.add(row);
        });
        return new DataTable("distribution", labels.get("grades.table.distribution", span(range)), columns, rows,
                rows.isEmpty() ? Optional.of(emptyReason.orElse(labels.get("grades.empty.noGradedInScope"))) : Optional.empty());
    }

    DataTable advanced(List<GradesQueries.Summary> summaries, Optional<Double> target, Optional<String> emptyReason, List<GradesQueries.Period> range)
    {
        DataTable.Builder table = DataTable.builder("advanced", labels.get("grades.table.advanced", span(range)))
                .column("period", labels.get("grades.column.period"), DataTable.Kind.MONTH)
                .column("advancedRate", labels.get("kpi.advanced"), DataTable.Kind.RATE)
                .column("good", labels.get("grades.column.good"), DataTable.Kind.COUNT)
                .column("assessed", labels.get("grades.kpi.assessed"), DataTable.Kind.COUNT)
                .column("target", labels.get("grades.column.target"), DataTable.Kind.RATE)
                .emptyReason(emptyReason.orElse(labels.get("grades.empty.noGradedInScope")));
        summaries.forEach(summary -> table.row(summary.period(), summary.advanced().rate().orElse(null), summary.good(), summary.assessed(),
                target.orElse(null)));
        return table.build();
    }

    /** The 4×4 matrix: a row per grade in the first period, a column per grade in the second, with totals. */
    DataTable migration(Comparison comparison, Map<Grade, Map<Grade, Long>> matrix)
    {
        List<DataTable.Column> columns = new ArrayList<>();
        columns.add(column("fromGrade", "grades.column.fromTo", DataTable.Kind.TEXT));
        for (Grade grade : Grade.values()) {
            columns.add(new DataTable.Column(grade.name(), labels.get(grade.labelKey()), DataTable.Kind.COUNT));
        }
        columns.add(column("total", "grades.column.total", DataTable.Kind.COUNT));
        List<Map<String, Object>> rows = new ArrayList<>();
        if (comparison.from().isPresent()) {
            for (Grade from : Grade.values()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("fromGrade", labels.get(from.labelKey()));
                matrix.get(from).forEach((to, organizations) -> row.put(to.name(), organizations));
                row.put("total", matrix.get(from).values().stream().mapToLong(Long::longValue).sum());
                row.put("drill", from.name());
                rows.add(row);
            }
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("fromGrade", labels.get("grades.column.total"));
            for (Grade to : Grade.values()) {
                total.put(to.name(), matrix.values().stream().mapToLong(row -> row.get(to)).sum());
            }
            total.put("total", matrix.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum());
            total.put("drill", "ALL");
            rows.add(total);
        }
        String title = labels.get("grades.table.migration", comparison.from().map(period -> period(period.name())).orElse("—"),
                period(comparison.to().name()));
        return new DataTable("migration", title, columns, rows,
                rows.isEmpty() ? Optional.of(labels.get("grades.empty.noPrevious")) : Optional.empty());
    }

    /** The Sankey's links: the matrix's cells, the new organizations into their grade, the gone ones out of theirs. */
    DataTable flows(Comparison comparison, Map<Grade, Map<Grade, Long>> matrix, List<GradesQueries.Compared> compared)
    {
        DataTable.Builder table = DataTable.builder("flows", labels.get("grades.table.flows"))
                .column("source", labels.get("grades.column.fromGrade"), DataTable.Kind.TEXT)
                .column("target", labels.get("grades.column.toGrade"), DataTable.Kind.TEXT)
                .column("organizations", labels.get("grades.column.organizations"), DataTable.Kind.COUNT);
        if (comparison.from().isPresent()) {
            matrix.forEach((from, row) -> row.forEach((to, organizations) -> {
                if (organizations > 0) {
                    table.row(from.name(), to.name(), organizations);
                }
            }));
        }
        for (Grade grade : Grade.values()) {
            long entering = compared.stream().filter(row -> row.from().isEmpty() && row.to().equals(Optional.of(grade))).count();
            if (entering > 0) {
                table.row(Change.NEW.name(), grade.name(), entering);
            }
        }
        for (Grade grade : Grade.values()) {
            long leaving = compared.stream().filter(row -> row.to().isEmpty() && row.from().equals(Optional.of(grade))).count();
            if (leaving > 0) {
                table.row(grade.name(), Change.GONE.name(), leaving);
            }
        }
        return table.emptyReason(labels.get("grades.empty.noGradedInScope")).build();
    }

    /** Every organization graded in either period, narrowed by the page's filter. */
    DataTable compared(String id, String titleKey, Comparison comparison, List<GradesQueries.Compared> organizations, OrganizationTree.Snapshot tree,
            Predicate<GradesQueries.Compared> shown, String emptyKey)
    {
        List<DataTable.Column> columns = List.of(
                column("organization", "grades.column.organization", DataTable.Kind.ORGANIZATION),
                text("orgCode", "grades.column.orgCode"),
                text("parent", "grades.column.parent"),
                text("fromGrade", "grades.column.fromGrade"),
                column("fromScore", "grades.column.fromScore", DataTable.Kind.SCORE),
                text("toGrade", "grades.column.toGrade"),
                column("toScore", "grades.column.toScore", DataTable.Kind.SCORE),
                text("change", "grades.column.change"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GradesQueries.Compared organization : organizations) {
            if (!shown.test(organization)) {
                continue;
            }
            Map<String, Object> row = row(columns, Map.of("code", organization.orgCode(), "name", organization.orgName().orElse(organization.orgCode())),
                    organization.orgCode(), organization.parentCode().map(tree::name).orElse(null),
                    organization.from().map(grade -> labels.get(grade.labelKey())).orElse(null), organization.fromScore().orElse(null),
                    organization.to().map(grade -> labels.get(grade.labelKey())).orElse(null), organization.toScore().orElse(null),
                    labels.get(organization.change().labelKey()));
            String period = organization.to().isPresent() ? comparison.to().name() : comparison.from().map(GradesQueries.Period::name).orElse("");
            row.put("trace", "grades.grade:" + period + ":" + organization.orgCode());
            rows.add(row);
        }
        String from = comparison.from().map(period -> period(period.name())).orElse("—");
        return new DataTable(id, labels.get(titleKey, from, period(comparison.to().name())), columns, rows,
                rows.isEmpty() ? Optional.of(labels.get(emptyKey)) : Optional.empty());
    }

    DataTable backward(Comparison comparison, List<GradesQueries.Backward> organizations, OrganizationTree.Snapshot tree)
    {
        List<DataTable.Column> columns = List.of(
                column("organization", "grades.column.organization", DataTable.Kind.ORGANIZATION),
                text("orgCode", "grades.column.orgCode"),
                text("parent", "grades.column.parent"),
                column("score", "grades.column.score", DataTable.Kind.SCORE),
                text("previousGrade", "grades.column.previousGrade"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GradesQueries.Backward organization : organizations) {
            Map<String, Object> row = row(columns, Map.of("code", organization.orgCode(), "name", organization.orgName().orElse(organization.orgCode())),
                    organization.orgCode(), organization.parentCode().map(tree::name).orElse(null), organization.score().orElse(null),
                    organization.previous().map(grade -> labels.get(grade.labelKey())).orElse(labels.get("grades.value.notGraded")));
            row.put("trace", "grades.grade:" + comparison.to().name() + ":" + organization.orgCode());
            rows.add(row);
        }
        return new DataTable("backward", labels.get("grades.table.backward", period(comparison.to().name())), columns, rows,
                rows.isEmpty() ? Optional.of(labels.get("grades.empty.backward")) : Optional.empty());
    }

    // ---------------------------------------------------------------- helpers

    /** {@code 2025Q3} as the page writes it: 2025年第三季度. */
    String period(String name)
    {
        return labels.get("grades.period." + name.charAt(5), name.substring(0, 4));
    }

    /** The first and last of the periods a chart shows: 2023年第四季度至2026年第三季度. */
    private String span(List<GradesQueries.Period> range)
    {
        if (range.isEmpty()) {
            return "—";
        }
        return labels.get("grades.value.span", period(range.get(0).name()), period(range.get(range.size() - 1).name()));
    }

    private Map<String, Object> filterRow(List<DataTable.Column> columns, String itemKey, String value, String parameter)
    {
        Map<String, Object> row = row(columns, labels.get(itemKey), value);
        row.put("drill", parameter);
        row.put("filter", true);
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

    private DataTable.Column column(String key, String labelKey, DataTable.Kind kind)
    {
        return new DataTable.Column(key, labels.get(labelKey), kind);
    }
}
