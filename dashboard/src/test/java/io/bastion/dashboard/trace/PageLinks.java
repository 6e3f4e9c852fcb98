package io.bastion.dashboard.trace;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The trace links a page offers, read from its API's JSON as its script builds them (static/js/*.js): every {@code trace}
 * (a card's, a list row's) and {@code figure} (a chart or list row's, opened in the row's organization when it names one),
 * and the ids the scripts put together themselves from the tables (a trend row's figures at its month, a matrix cell, a
 * chart series). A new id a script builds must be added here; {@code TraceRegistryTest} fails on a literal no figure serves.
 */
final class PageLinks
{
    private static final Pattern HTML_FIGURE = Pattern.compile("[?&;]figure=([^&\"'#<>\\s]+)");

    /** The coverage page's columns and the figures their numbers open (coverage.js FIGURES). */
    static final Map<String, String> COVERAGE_FIGURES = Map.ofEntries(
            Map.entry("active", "coverage.active"), Map.entry("covered", "coverage.covered"), Map.entry("orgCoverage", "coverage.covered"),
            Map.entry("workCovered", "coverage.workCovered"), Map.entry("workCoverage", "coverage.workCovered"),
            Map.entry("threeFull", "coverage.threeFull"), Map.entry("ownOrganization", "coverage.ownOrganization"),
            Map.entry("ownBranch", "coverage.ownOrganization"), Map.entry("mustForm", "coverage.mustForm"),
            Map.entry("uncoveredOver90", "coverage.uncovered90"));
    /** The first-coverage summary's numbers (coverage.js FIRST_COVERAGE). */
    static final Map<String, String> FIRST_COVERAGE = Map.of("newEnterprises", "coverage.firstCoverage", "covered", "coverage.firstCoverage:COVERED",
            "medianDays", "coverage.firstCoverage:COVERED", "notYet", "coverage.firstCoverage:NOT_YET");
    private static final List<String> GRADES = List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR");
    private static final List<String> MEMBERSHIP_SERIES = List.of("membership.in", "membership.out", "membership.members");

    /** One link: the figure id and the month and organization it is opened at (no organization: the park). */
    record Link(String figure, String month, Optional<String> org)
    {
        Link
        {
            requireNonNull(figure, "figure is null");
            requireNonNull(month, "month is null");
            requireNonNull(org, "org is null");
        }

        String query()
        {
            return "figure=" + java.net.URLEncoder.encode(figure, StandardCharsets.UTF_8) + "&month=" + month + org.map(code -> "&org=" + code).orElse("");
        }
    }

    private final String month;
    private final Optional<String> org;
    private final Set<Link> links = new LinkedHashSet<>();

    /** Links of pages opened at this month and organization. */
    PageLinks(String month, Optional<String> org)
    {
        this.month = requireNonNull(month, "month is null");
        this.org = requireNonNull(org, "org is null");
    }

    Set<Link> links()
    {
        return Set.copyOf(links);
    }

    /** A family API's JSON: the ids in it, then those its page's script builds. */
    void page(String family, JsonNode data)
    {
        collect(data);
        JsonNode tables = data.path("tables");
        switch (family) {
            case "coverage" -> coverage(tables);
            case "grades" -> grades(tables);
            case "admissions" -> admissions(tables);
            case "organizationlife" -> organizationLife(tables);
            default -> {
            }
        }
    }

    /** A server-rendered page's {@code figure=} links (the 待办 lists' templates). */
    void html(String body)
    {
        Matcher matcher = HTML_FIGURE.matcher(body.replace("&amp;", "&"));
        while (matcher.find()) {
            add(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8), month, org);
        }
    }

    /** Every {@code trace} and {@code figure} string in the JSON; a {@code figure} row naming an organization or site opens there. */
    private void collect(JsonNode node)
    {
        if (node.isArray()) {
            node.forEach(this::collect);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("trace").isTextual()) {
            add(node.path("trace").asText(), month, org);
        }
        if (node.path("figure").isTextual()) {
            Optional<String> own = code(node.path("organization")).or(() -> code(node.path("site")));
            add(node.path("figure").asText(), month, own.or(() -> org));
        }
        node.forEach(this::collect);
    }

    private void coverage(JsonNode tables)
    {
        for (JsonNode row : tables.path("trend").path("rows")) {
            COVERAGE_FIGURES.forEach((column, figure) -> {
                if (row.has(column)) {
                    add(figure, row.path("month").asText(), org);
                }
            });
        }
        for (String table : List.of("byCategory", "byIndustry")) {
            for (JsonNode row : tables.path(table).path("rows")) {
                COVERAGE_FIGURES.forEach((column, figure) -> {
                    if (row.has(column)) {
                        add(figure + ":" + row.path("traceScope").asText(), month, org);
                    }
                });
            }
        }
        if (tables.path("firstCoverageSummary").path("rows").size() > 0) {
            FIRST_COVERAGE.values().forEach(figure -> add(figure, month, org));
        }
    }

    private void grades(JsonNode tables)
    {
        for (JsonNode row : tables.path("distribution").path("rows")) {
            String period = row.path("period").asText();
            GRADES.forEach(grade -> add("grades.distribution:" + period + ":" + grade, month, org));
            add("grades.assessed:" + period, month, org);
        }
        for (JsonNode row : tables.path("advanced").path("rows")) {
            add("grades.good:" + row.path("period").asText(), month, org);
            add("grades.assessed:" + row.path("period").asText(), month, org);
        }
        String from = condition(tables, "from");
        String to = condition(tables, "to");
        String base = "grades.migration:" + from + ":" + to;
        for (JsonNode row : tables.path("migration").path("rows")) {
            String drill = row.path("drill").asText();
            for (String column : concat(GRADES, "total")) {
                if (drill.equals("ALL")) {
                    add(column.equals("total") ? base : base + ":ALL:" + column, month, org);
                }
                else {
                    add(column.equals("total") ? base + ":" + drill : base + ":" + drill + ":" + column, month, org);
                }
            }
        }
    }

    private void admissions(JsonNode tables)
    {
        JsonNode entries = tables.path("entries");
        for (JsonNode row : entries.path("rows")) {
            for (int column = 1; column < entries.path("columns").size(); column++) {
                add("admissions.entries:" + entries.path("columns").get(column).path("key").asText(), row.path("month").asText(), org);
            }
        }
        for (JsonNode row : tables.path("membership").path("rows")) {
            MEMBERSHIP_SERIES.forEach(figure -> add(figure, row.path("month").asText(), org));
        }
    }

    private void organizationLife(JsonNode tables)
    {
        tables.path("participation").path("rows").forEach(row -> add("life.events", row.path("month").asText(), org));
        tables.path("timeliness").path("rows").forEach(row -> add("timeliness.onTime", row.path("month").asText(), org));
    }

    private void add(String figure, String at, Optional<String> in)
    {
        links.add(new Link(figure, at, in));
    }

    private static String condition(JsonNode tables, String drill)
    {
        for (JsonNode row : tables.path("conditions").path("rows")) {
            if (drill.equals(row.path("drill").asText())) {
                return row.path("code").asText();
            }
        }
        return "";
    }

    private static Optional<String> code(JsonNode organization)
    {
        return organization.path("code").isTextual() ? Optional.of(organization.path("code").asText()) : Optional.empty();
    }

    private static List<String> concat(List<String> first, String last)
    {
        return java.util.stream.Stream.concat(first.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
