package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
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
        String name = labels.get(figure.labelKey()) + request.argument().map(argument -> labels.get("trace.argument", period(argument))).orElse("");
        String unit = labels.get(figure.subject().unitKey());
        if (selection.months().isEmpty()) {
            return TraceData.empty(request, name, labels.get(figure.definitionKey()), unit, selection, labels.get("empty.noAnalysis"));
        }
        if (figure.martScope() && !selection.scopeHasFigures()) {
            return TraceData.empty(request, name, labels.get(figure.definitionKey()), unit, selection, labels.get("trace.empty.branchScope"));
        }
        TraceQueries.Binding binding = new TraceQueries.Binding(selection.month().key(), selection.scopeKind(), selection.scopeCode(),
                selection.organizations().map(codes -> String.join(",", codes)), request.argument());
        List<Map<String, Object>> results = queries.rows(figure, binding);
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
        return new TraceData(request.id(), figure.id(), request.argument(), name, labels.get(figure.definitionKey()), selection.month().iso(),
                selection.month().chinese(), selection.scopeName(), selection.orgCode(), rows.size(), unit, table, Optional.empty());
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
