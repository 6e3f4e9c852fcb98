package io.bastion.dashboard.trace;

import io.bastion.dashboard.admissions.Dimension;
import io.bastion.dashboard.coverage.DaysBucket;
import io.bastion.dashboard.grades.Grade;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.ScopeException;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.PersonNames;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists what a figure counts for a selection: binds the figure's SQL to the month and scope, turns its rows into the
 * table the page, the API and the export show, adds names for admins only, and hides the files of organizations outside a
 * branch secretary's subtree.
 */
@Component
final class Traces
{
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TraceQueries queries;
    private final PersonNames personNames;
    private final Labels labels;

    Traces(TraceQueries queries, PersonNames personNames, Labels labels)
    {
        this.queries = queries;
        this.personNames = personNames;
        this.labels = labels;
    }

    TraceData trace(Viewer viewer, Selection selection, TraceRequest request)
    {
        Figure figure = request.figure();
        Optional<List<String>> breakdown = figure.argument().scope(request.bound());
        check(viewer, selection, request);
        String unit = labels.get(figure.subject().unitKey());
        String definition = labels.get(figure.definitionKey());
        String scopeName = scopeName(selection, request);
        if (selection.months().isEmpty()) {
            return TraceData.empty(request, name(request, selection, List.of()), definition, unit, selection, scopeName, labels.get("empty.noAnalysis"));
        }
        // A breakdown by unit category or industry is the park's, whichever organization is chosen (the marts hold no other).
        if (figure.martScope() && breakdown.isEmpty() && !selection.scopeHasFigures()) {
            return TraceData.empty(request, name(request, selection, List.of()), definition, unit, selection, scopeName,
                    labels.get("trace.empty.branchScope"));
        }
        TraceQueries.Binding binding = breakdown
                .map(scope -> new TraceQueries.Binding(selection.month().key(), scope.get(0), scope.get(1), Optional.empty(), request.bound()))
                .orElseGet(() -> new TraceQueries.Binding(selection.month().key(), selection.scopeKind(), selection.scopeCode(),
                        selection.organizations().map(codes -> String.join(",", codes)), request.bound()));
        List<Map<String, Object>> results = queries.rows(figure, binding);
        String name = name(request, selection, results);
        boolean personalData = viewer.seesPersonalData();
        List<TraceColumn> columns = figure.columns(personalData);
        Map<Long, String> names = columns.contains(TraceColumn.PERSON_NAME)
                ? personNames.names(viewer, results.stream().map(row -> (Long) row.get("person_key")).filter(Objects::nonNull).toList(),
                        "trace " + request.id() + " " + selection.query())
                : Map.of();
        Optional<Set<String>> visible = viewer.limitedToOwnSubtree() ? Optional.of(ownSubtree(viewer, selection.tree())) : Optional.empty();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> result : results) {
            rows.add(row(result, columns, selection, names, visible));
        }
        DataTable table = new DataTable("trace", name, columns.stream().map(column -> new DataTable.Column(column.key(), labels.get(column.labelKey()),
                column.cell().kind())).toList(), rows, rows.isEmpty() ? Optional.of(labels.get("trace.empty.none")) : Optional.empty());
        return new TraceData(request.id(), figure.id(), request.argument(), name, definition, selection.month().iso(),
                selection.month().chinese(), scopeName, selection.orgCode(), rows.size(), unit, table, Optional.empty());
    }

    /** The scope as the trace page names it: the selection's, or for a breakdown the park's unit category or industry. */
    String scopeName(Selection selection, TraceRequest request)
    {
        return request.figure().argument().scope(request.bound())
                .map(scope -> labels.get("trace.scope.breakdown", Selection.PARK_CODE, labels.get("trace.breakdown." + scope.get(0)), scope.get(1)))
                .orElseGet(selection::scopeName);
    }

    /**
     * A branch secretary sees their own subtree only: not a park-wide breakdown, and not an organization of another subtree
     * named in the argument (an organization the month does not know is left to the figure's scope, which lists nothing).
     */
    static void check(Viewer viewer, Selection selection, TraceRequest request)
    {
        boolean breakdown = request.figure().argument().scope(request.bound()).isPresent();
        if (!viewer.limitedToOwnSubtree()) {
            return;
        }
        if (breakdown) {
            throw new TraceException(TraceException.Kind.BREAKDOWN_PARK_ONLY, request.id());
        }
        Optional<String> named = request.figure().argument().organization(request.bound());
        if (named.isPresent() && selection.tree().find(named.get()).isPresent() && !ownSubtree(viewer, selection.tree()).contains(named.get())) {
            throw new ScopeException(ScopeException.Kind.OUTSIDE_SUBTREE, named.get());
        }
    }

    /** The figure's name, with its argument in words: 评定为“好”的组织（2025年第三季度）. */
    private String name(TraceRequest request, Selection selection, List<Map<String, Object>> results)
    {
        String label = labels.get(request.figure().labelKey());
        return request.argument().map(argument -> label + labels.get("trace.argument", argumentText(request, argument, selection, results)))
                .orElse(label);
    }

    private String argumentText(TraceRequest request, String argument, Selection selection, List<Map<String, Object>> results)
    {
        String[] parts = argument.split(":", -1);
        OrganizationTree.Snapshot tree = selection.tree();
        return switch (request.figure().argument()) {
            case NONE, LEVEL, STAGE, FINDING, LIAISON -> argument;
            case QUARTER -> period(argument);
            case BREAKDOWN -> labels.get("trace.breakdownValue", labels.get("trace.breakdown." + parts[0]), argument.substring(parts[0].length() + 1));
            case BUCKET -> FigureArgument.COVERED.equals(argument) ? labels.get("coverage.value.covered")
                    : DaysBucket.parse(argument).map(bucket -> labels.get(bucket.labelKey())).orElse(argument);
            case ENTERPRISE -> results.stream().map(row -> row.get("enterprise_name")).filter(Objects::nonNull).map(Object::toString).findFirst()
                    .orElse(argument);
            case PERIOD_ORGANIZATION -> labels.get("trace.pair", period(parts[0]), tree.name(parts[1]));
            case PERIOD_GRADE -> labels.get("trace.pair", period(parts[0]), gradeLabel(parts[1]));
            case MIGRATION -> {
                String periods = labels.get("trace.migration", period(parts[0]), period(parts[1]));
                yield parts.length < 3 ? periods
                        : labels.get("trace.pair", periods, labels.get("trace.migration", gradeLabel(parts[2]), parts.length < 4 ? labels.get("trace.anyGrade")
                                : gradeLabel(parts[3])));
            }
            case YEAR -> labels.get("trace.cohort", argument);
            case STRUCTURE_PERIOD -> argument.length() == 4 ? labels.get("trace.year", argument)
                    : labels.get("trace.monthLabel", argument.substring(0, 4), Integer.parseInt(argument.substring(5)));
            case DIMENSION_VALUE -> labels.get("trace.breakdownValue", Dimension.ofCode(parts[0]).map(dimension -> labels.get(dimension.labelKey()))
                    .orElse(parts[0]), word("admissions.value." + argument.substring(parts[0].length() + 1), argument.substring(parts[0].length() + 1)));
            case LIAISON_SITE -> {
                int colon = argument.lastIndexOf(':');
                yield labels.get("trace.pair", argument.substring(0, colon), tree.name(argument.substring(colon + 1)));
            }
        };
    }

    /** A grade as the grades page writes it (GOOD → 好); ALL, the matrix's totals, as any grade. */
    private String gradeLabel(String name)
    {
        return Grade.parse(name).map(grade -> labels.get(grade.labelKey())).orElseGet(() -> labels.get("trace.anyGrade"));
    }

    private String word(String key, String fallback)
    {
        String text = labels.get(key);
        return text.equals(key) ? fallback : text;
    }

    private Map<String, Object> row(Map<String, Object> result, List<TraceColumn> columns, Selection selection, Map<Long, String> names,
            Optional<Set<String>> visible)
    {
        Map<String, Object> row = new LinkedHashMap<>();
        String source = (String) result.get("source_org_code");
        boolean hidden = source != null && visible.isPresent() && !visible.get().contains(source);
        for (TraceColumn column : columns) {
            Object value = result.get(column.result());
            row.put(column.key(), switch (column.cell()) {
                case ENTERPRISE -> Map.of("code", result.get("enterprise_code"), "name", result.get("enterprise_name"));
                case ORGANIZATION -> value == null ? null : organization((String) value, selection.tree());
                case LABELS -> value == null || value.toString().isEmpty() ? null : Arrays.stream(value.toString().split(";"))
                        .map(word -> labels.get("trace.label." + word)).collect(Collectors.joining("、"));
                case MONTH -> value == null ? null : month(value.toString());
                case TIMESTAMP -> value instanceof LocalDateTime time ? WHEN.format(time) : null;
                case PERSON -> value == null ? null : String.valueOf(value);
                default -> column == TraceColumn.PERSON_NAME ? names.get((Long) value) : value;
            });
        }
        Object fileId = result.get("file_id");
        if (fileId != null && !hidden) {
            row.put("fileId", fileId);
            row.put("fileHref", "/trace/files?" + selection.query() + "&file=" + fileId);
        }
        if (hidden) {
            // A branch secretary sees that a row came from an organization outside their subtree, not which or its file.
            row.put(TraceColumn.SOURCE_ORGANIZATION.key(), Map.of("code", "", "name", labels.get("trace.outsideScope")));
            row.put(TraceColumn.FILE.key(), null);
            row.put(TraceColumn.SHA256.key(), null);
            row.put(TraceColumn.RECEIVED_AT.key(), null);
            row.put(TraceColumn.SUBMITTED_ON.key(), null);
        }
        return row;
    }

    private static Map<String, Object> organization(String code, OrganizationTree.Snapshot tree)
    {
        return Map.of("code", code, "name", tree.name(code));
    }

    /** {@code 202510} → {@code 2025-10}; a grading period stays {@code 2025Q3}. */
    private static String month(String value)
    {
        return value.matches("\\d{6}") ? new Month(Integer.parseInt(value)).iso() : value;
    }

    /** {@code 2025Q3} → 2025年第三季度 (2025 Q3); a site level stays as it is. */
    private String period(String argument)
    {
        if (!argument.matches("\\d{4}Q[1-4]")) {
            return argument;
        }
        return labels.get("trace.quarter", argument.substring(0, 4), labels.get("trace.quarter." + argument.charAt(5)));
    }

    static Set<String> ownSubtree(Viewer viewer, OrganizationTree.Snapshot tree)
    {
        String own = viewer.orgCode().orElseThrow();
        Set<String> subtree = tree.subtree(own);
        return subtree.isEmpty() ? Set.of(own) : subtree;
    }
}
