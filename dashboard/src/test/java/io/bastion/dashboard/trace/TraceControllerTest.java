package io.bastion.dashboard.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.ingest.load.Ingestion;
import io.bastion.sql.Warehouse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every traced figure lists as many rows as its mart counts, at two months and two scopes of a simulated park whose marts
 * were filled from the oracle views; every 待办 list is as long as the overview's tile; and who sees what is decided on
 * the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceControllerTest
{
    private static final String ADMIN_PASSWORD = "trace-admin-password";
    private static final String PASSWORD = "trace-test-password";
    private static final List<String> MONTHS = List.of("2025-11", "2025-12");
    /** The month the figures with an argument and the page walk are checked at. */
    private static final String MONTH = "2025-12";
    /** Every page API the walk reads. */
    private static final List<String> FAMILIES = List.of("overview", "coverage", "grades", "admissions", "organizationlife", "sites", "organization");

    /**
     * Under target/, not a JUnit @TempDir: with one test instance per class Spring starts the context before JUnit fills
     * static @TempDir fields, and the warehouse stays open until the context closes after the last test.
     */
    private static final Path data = Path.of("target", "trace-test-" + System.nanoTime()).toAbsolutePath();

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Ingestion ingestion;
    @Autowired
    Accounts accounts;

    private final ObjectMapper json = new ObjectMapper();
    /** The 党委 with the most organizations below it at the last month: the subtree the tests look at. */
    private String subtree;
    /** A root outside it, for the secretary's refusal. */
    private String otherRoot;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry)
    {
        registry.add("bastion.warehouse", () -> data.resolve("warehouse.duckdb").toString());
        registry.add("bastion.archive", () -> data.resolve("archive").toString());
        registry.add("bastion.inbox", () -> data.resolve("inbox").toString());
        registry.add("bastion.security.admin-password", () -> ADMIN_PASSWORD);
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    @BeforeAll
    void park()
            throws SQLException
    {
        GeneratedPark.build(data, ingestion, warehouse);
        List<String> roots = strings("""
                SELECT s.root_code
                FROM oracle_subtree_member s
                JOIN oracle_organization_at_month o ON o.month_key = s.month_key AND o.org_code = s.root_code
                WHERE s.month_key = 202512 AND o.parent_code IS NOT NULL
                GROUP BY s.root_code
                ORDER BY count(*) DESC, s.root_code
                """);
        subtree = roots.get(0);
        otherRoot = roots.get(1);
        accounts.create("leader", "领导", Role.LEADER, Optional.empty(), PASSWORD);
        accounts.create("secretary", "书记", Role.SECRETARY, Optional.of(subtree), PASSWORD);
    }

    @Test
    void everyFigureListsAsManyRowsAsItsMartCounts()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        int nonZero = 0;
        for (String month : MONTHS) {
            for (Optional<String> scope : List.of(Optional.<String>empty(), Optional.of(subtree))) {
                for (Map.Entry<String, Long> expected : expectedCounts(month, scope).entrySet()) {
                    HttpResponse<String> response = leader.get("/api/trace?figure=" + URLEncoder.encode(expected.getKey(), StandardCharsets.UTF_8)
                            + "&month=" + month + scope.map(code -> "&org=" + code).orElse(""));
                    JsonNode trace = json.readTree(response.body());
                    String where = expected.getKey() + " at " + month + " in " + scope.orElse("the park");
                    softly.assertThat(response.statusCode()).as(where).isEqualTo(200);
                    softly.assertThat(trace.path("count").asLong(-1)).as(where).isEqualTo(expected.getValue());
                    softly.assertThat(trace.path("table").path("rows").size()).as(where).isEqualTo(expected.getValue().intValue());
                    if (expected.getValue() > 0) {
                        nonZero++;
                    }
                    for (JsonNode row : trace.path("table").path("rows")) {
                        // Every row names its file, except an organization whose report never came.
                        if (expected.getKey().equals("timeliness.late") && row.path("submittedOn").isNull()) {
                            softly.assertThat(row.has("fileHref")).as(where + ": no file for a missing report").isFalse();
                            continue;
                        }
                        softly.assertThat(row.path("sha256").asText()).as(where + ": provenance").hasSize(64);
                        softly.assertThat(row.path("fileHref").asText()).as(where + ": file link").startsWith("/trace/files?");
                    }
                }
            }
        }
        softly.assertAll();
        // The simulated park must give most figures something to count, or the comparison says little.
        assertThat(nonZero).isGreaterThan(50);
    }

    @Test
    void everyFigureWithAnArgumentListsAsManyRowsAsItsMartCounts()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        List<Expectation> expectations = argumentExpectations();
        for (Expectation expected : expectations) {
            JsonNode trace = trace(leader, expected.id(), MONTH, expected.scope());
            String where = expected.id() + " in " + expected.scope().orElse("the park");
            softly.assertThat(trace.path("count").asLong(-1)).as(where).isEqualTo(expected.count());
            softly.assertThat(trace.path("table").path("rows").size()).as(where).isEqualTo((int) expected.count());
            trace.path("table").path("rows").forEach(row -> softly.assertThat(row.path("sha256").asText()).as(where + ": provenance").hasSize(64));
        }
        softly.assertAll();
        assertThat(expectations.stream().filter(expected -> expected.count() > 0).count()).as("figures with something to count")
                .isGreaterThan(expectations.size() * 3 / 4);
    }

    @Test
    void aListRowsTraceListsTheRecordsBehindItsNumbers()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        Properties words = TraceRegistryTest.bundle("i18n/trace.properties");

        // An enterprise of the 应建未建 list: its registry row, each covering organization, each full member.
        Map<String, Object> enterprise = row("""
                SELECT m.unit_code, m.unit_name, m.full_members, m.covering_orgs
                FROM mart_must_form m
                JOIN oracle_enterprise_scope s ON s.month_key = m.month_key AND s.unit_code = m.unit_code AND s.scope_kind = 'subtree' AND s.scope_code = ?
                WHERE m.month_key = 202512 AND m.covering_orgs <> ''
                ORDER BY m.full_members DESC, m.unit_code
                LIMIT 1
                """, subtree);
        JsonNode enterpriseTrace = trace(leader, "coverage.enterprise:" + enterprise.get("unit_code"), MONTH, Optional.of(subtree));
        JsonNode records = enterpriseTrace.path("table").path("rows");
        assertThat(enterpriseTrace.path("name").asText()).as("named by the enterprise, not its code").endsWith("（" + enterprise.get("unit_name") + "）");
        assertThat(values(records, "basis")).as("coverage.enterprise")
                .containsOnlyOnce(words.getProperty("trace.label.registry"))
                .filteredOn(words.getProperty("trace.label.fullMember")::equals).hasSize(((Number) enterprise.get("full_members")).intValue());
        assertThat(records.size()).isEqualTo(1 + ((Number) enterprise.get("full_members")).intValue()
                + enterprise.get("covering_orgs").toString().split(";").length);

        // A branch's heatmap cell: its events of the quarter, by kind the counts mart_life_compliance_branch holds.
        Map<String, Object> branch = row("""
                SELECT b.org_code, b.general_meetings, b.party_lectures, b.theme_day_months_held
                FROM mart_life_compliance_branch b
                JOIN oracle_subtree_member t ON t.month_key = 202512 AND t.org_code = b.org_code AND t.root_code = ?
                WHERE b.quarter = '2025Q4' AND NOT b.compliant
                ORDER BY b.org_code
                LIMIT 1
                """, subtree);
        JsonNode events = trace(leader, "life.branch:2025Q4", MONTH, Optional.of(branch.get("org_code").toString())).path("table").path("rows");
        assertThat(values(events, "kind")).as("life.branch")
                .satisfies(kinds -> assertThat(kinds.stream().filter("支部党员大会"::equals).count()).isEqualTo(((Number) branch.get("general_meetings")).longValue()))
                .satisfies(kinds -> assertThat(kinds.stream().filter("党课"::equals).count()).isEqualTo(((Number) branch.get("party_lectures")).longValue()));
        List<String> themeDayMonths = new ArrayList<>();
        events.forEach(event -> {
            if (event.path("kind").asText().equals("主题党日")) {
                themeDayMonths.add(event.path("heldOn").asText().substring(0, 7));
            }
        });
        assertThat(themeDayMonths.stream().distinct().count()).isEqualTo(((Number) branch.get("theme_day_months_held")).longValue());

        // An assignment of the progress list: its contacts this month and its on-site visits this quarter.
        Map<String, Object> assignment = row("""
                SELECT liaison, site_org_code, contacts_in_month, onsite_in_quarter
                FROM mart_liaison_progress
                WHERE month_key = 202511 AND onsite_in_quarter > 0
                ORDER BY contacts_in_month DESC, liaison, site_org_code
                LIMIT 1
                """);
        JsonNode contacts = trace(leader, "liaison.assignment:" + assignment.get("liaison") + ":" + assignment.get("site_org_code"), "2025-11",
                Optional.empty()).path("table").path("rows");
        List<String> countedIn = values(contacts, "countedIn");
        assertThat(countedIn.stream().filter(text -> text.contains(words.getProperty("trace.label.monthly"))).count()).as("liaison.assignment")
                .isEqualTo(((Number) assignment.get("contacts_in_month")).longValue());
        assertThat(countedIn.stream().filter(text -> text.contains(words.getProperty("trace.label.onsite"))).count())
                .isEqualTo(((Number) assignment.get("onsite_in_quarter")).longValue());

        // A figure's name says its argument in words, in the reader's language.
        Browser english = Browser.login(port, "leader", PASSWORD);
        JsonNode migration = json.readTree(english.get("/api/trace?figure=grades.migration:2025Q3:2025Q4:POOR:GOOD&month=2025-12&lang=en").body());
        assertThat(migration.path("name").asText()).isEqualTo("Grade migration (2025 Q3 → 2025 Q4 · Poor → Good)");
        assertThat(trace(leader, "grades.migration:2025Q3:2025Q4:POOR:GOOD", MONTH, Optional.empty()).path("name").asText())
                .isEqualTo("等级迁移（2025年第三季度 → 2025年第四季度 · 较差 → 好）");
    }

    /**
     * Walks every page API of the park and of a subtree, collects every trace link the pages offer (PageLinks, as their
     * scripts build them) and asks for them: every id parses as its figure expects (unknown figures and arguments are
     * refused there, before any SQL), and for every figure and argument shape one link is answered 200 with as many rows as
     * it counts — asking for all some 1,900 over HTTP would take half an hour here.
     */
    @Test
    void everyFigureAPageLinksIsServed()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        Map<String, PageLinks.Link> sample = new LinkedHashMap<>();
        Set<String> figures = new TreeSet<>();
        List<String> refused = new ArrayList<>();
        int links = 0;
        for (Optional<String> scope : List.of(Optional.<String>empty(), Optional.of(subtree))) {
            PageLinks pages = new PageLinks(MONTH, scope);
            String query = "month=" + MONTH + scope.map(code -> "&org=" + code).orElse("");
            for (String family : FAMILIES) {
                HttpResponse<String> response = leader.get("/api/" + family + "?" + query);
                assertThat(response.statusCode()).as("/api/" + family + "?" + query).isEqualTo(200);
                JsonNode data = json.readTree(response.body());
                pages.page(family, data);
                if (family.equals("overview")) {
                    for (JsonNode action : data.path("tables").path("actions").path("rows")) {
                        String list = action.path("list").asText();
                        pages.page("lists", json.readTree(leader.get("/api/lists/" + list + "?" + query).body()));
                        pages.html(leader.get("/lists/" + list + "?" + query).body());
                    }
                }
            }
            for (PageLinks.Link link : pages.links()) {
                links++;
                try {
                    figures.add(TraceRequest.parse(link.figure(), new Month(Integer.parseInt(link.month().replace("-", "")))).figure().id());
                    sample.putIfAbsent(shape(link, scope), link);
                }
                catch (TraceException e) {
                    refused.add(link + ": " + e.english());
                }
            }
        }
        assertThat(refused).as("links the registry does not take").isEmpty();

        SoftAssertions softly = new SoftAssertions();
        for (PageLinks.Link link : sample.values()) {
            HttpResponse<String> response = leader.get("/api/trace?" + link.query());
            softly.assertThat(response.statusCode()).as(link.toString()).isEqualTo(200);
            JsonNode trace = json.readTree(response.body());
            softly.assertThat(trace.path("count").asInt(-1)).as(link.toString()).isEqualTo(trace.path("table").path("rows").size());
        }
        softly.assertAll();
        // Every figure the registry serves is one a page links to, and the walk found them all.
        assertThat(figures).as("figures linked by the pages (of %d links)", links)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Figure.values()).map(Figure::id).toList());
    }

    @Test
    void followsARowToItsFileAmongTheOrganizationsSubmissions()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        JsonNode row = json.readTree(leader.get("/api/trace?figure=coverage.covered&month=2025-12").body()).path("table").path("rows").get(0);
        String organization = row.path("sourceOrganization").path("code").asText();

        HttpResponse<String> page = leader.get(row.path("fileHref").asText());
        JsonNode files = json.readTree(leader.get(row.path("fileHref").asText().replace("/trace/files", "/api/trace/files")).body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(row.path("file").asText()).contains(row.path("sha256").asText());
        assertThat(files.path("file").path("orgCode").asText()).isEqualTo(organization);
        List<String> names = new ArrayList<>();
        files.path("files").path("rows").forEach(file -> names.add(file.path("file").asText()));
        assertThat(names).contains(row.path("file").asText()).allSatisfy(name -> assertThat(name).startsWith(organization + "_"));
    }

    @Test
    void everyActionListIsAsLongAsItsOverviewTile()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        for (String month : MONTHS) {
            for (Optional<String> scope : List.of(Optional.<String>empty(), Optional.of(subtree))) {
                String query = "month=" + month + scope.map(code -> "&org=" + code).orElse("");
                JsonNode tiles = json.readTree(leader.get("/api/overview?" + query).body()).path("tables").path("actions").path("rows");
                assertThat(tiles.size()).isEqualTo(8);
                for (JsonNode tile : tiles) {
                    String list = tile.path("list").asText();
                    JsonNode rows = json.readTree(leader.get("/api/lists/" + list + "?" + query).body()).path("tables").path(list).path("rows");
                    softly.assertThat(rows.size()).as(list + " " + query).isEqualTo(tile.path("count").asInt());
                }
                softly.assertThat(json.readTree(leader.get("/api/lists/mustForm?" + query).body()).path("tables").path("mustForm").path("rows").size())
                        .as("mustForm against mart_coverage " + query)
                        .isEqualTo(martValue("SELECT must_form_enterprises FROM mart_coverage WHERE month_key = ? AND scope_kind = ? AND scope_code = ?",
                                month, scope).intValue());
            }
        }
        softly.assertAll();
    }

    @Test
    void answersAnUnknownFigureOrListWithA404Problem()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);

        HttpResponse<String> figure = leader.get("/api/trace?figure=coverage.nothing&month=2025-12");
        HttpResponse<String> argument = leader.get("/api/trace?figure=grades.good:2025Q9&month=2025-12");
        HttpResponse<String> list = leader.get("/api/lists/nothing?month=2025-12");
        HttpResponse<String> stage = leader.get("/api/trace?figure=" + URLEncoder.encode("admissions.stock:党员", StandardCharsets.UTF_8) + "&month=2025-12");

        assertThat(figure.statusCode()).isEqualTo(404);
        assertThat(json.readTree(figure.body()).path("code").asText()).isEqualTo("UNKNOWN_FIGURE");
        assertThat(argument.statusCode()).isEqualTo(400);
        assertThat(stage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(stage.body()).path("chinese").asText()).contains("admissions.stock:党员").contains("入党申请人");
        assertThat(json.readTree(stage.body()).path("english").asText()).contains("an admission stage");
        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(json.readTree(list.body()).path("code").asText()).isEqualTo("UNKNOWN_LIST");
    }

    @Test
    void refusesASecretaryAnotherSubtreeAndItsFiles()
            throws Exception
    {
        Browser secretary = Browser.login(port, "secretary", PASSWORD);
        Browser leader = Browser.login(port, "leader", PASSWORD);
        long outsideFile = json.readTree(leader.get("/api/trace?figure=timeliness.onTime&month=2025-12&org=" + otherRoot).body())
                .path("table").path("rows").get(0).path("fileId").asLong();

        HttpResponse<String> own = secretary.get("/api/trace?figure=membership.members&month=2025-12");
        HttpResponse<String> other = secretary.get("/api/trace?figure=membership.members&month=2025-12&org=" + otherRoot);
        HttpResponse<String> otherList = secretary.get("/api/lists/late?month=2025-12&org=" + otherRoot);
        HttpResponse<String> otherFile = secretary.get("/api/trace/files?month=2025-12&file=" + outsideFile);
        HttpResponse<String> breakdown = secretary.get("/api/trace?figure=" + URLEncoder.encode("coverage.active:unit_category:非公企业", StandardCharsets.UTF_8)
                + "&month=2025-12");
        String outsideOrganization = strings("""
                SELECT org_code FROM oracle_subtree_member WHERE month_key = 202512 AND root_code = '%s' ORDER BY org_code LIMIT 1
                """.formatted(otherRoot)).get(0);
        HttpResponse<String> otherGrade = secretary.get("/api/trace?figure=grades.grade:2025Q4:" + outsideOrganization + "&month=2025-12");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body()).path("count").asLong())
                .isEqualTo(martValue("SELECT members FROM mart_membership WHERE month_key = ? AND scope_kind = ? AND scope_code = ?", "2025-12",
                        Optional.of(subtree)));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(otherList.statusCode()).isEqualTo(403);
        assertThat(otherFile.statusCode()).isEqualTo(403);
        assertThat(breakdown.statusCode()).isEqualTo(403);
        assertThat(json.readTree(breakdown.body()).path("code").asText()).isEqualTo("BREAKDOWN_PARK_ONLY");
        assertThat(otherGrade.statusCode()).isEqualTo(403);
    }

    @Test
    void showsNamesToAnAdminOnly()
            throws Exception
    {
        Browser leader = Browser.login(port, "leader", PASSWORD);
        Browser admin = Browser.login(port, "admin", ADMIN_PASSWORD);

        JsonNode asLeader = json.readTree(leader.get("/api/trace?figure=membership.members&month=2025-12").body()).path("table");
        JsonNode asAdmin = json.readTree(admin.get("/api/trace?figure=membership.members&month=2025-12").body()).path("table");

        assertThat(asLeader.path("columns").findValuesAsText("key")).contains("person").doesNotContain("personName");
        assertThat(asLeader.path("rows").get(0).has("personName")).isFalse();
        assertThat(asAdmin.path("columns").findValuesAsText("key")).contains("person", "personName");
        assertThat(asAdmin.path("rows").get(0).path("personName").asText()).isNotBlank();
    }

    /** A figure id with a scope and the count its mart (or oracle view) holds for it at MONTH. */
    private record Expectation(String id, Optional<String> scope, long count)
    {
    }

    /** Every figure with an argument, and the figures new with it, each at one real argument, against its mart at 2025-12. */
    private List<Expectation> argumentExpectations()
            throws SQLException
    {
        Optional<String> park = Optional.empty();
        Optional<String> inSubtree = Optional.of(subtree);
        String category = strings("SELECT scope_code FROM mart_coverage WHERE month_key = 202512 AND scope_kind = 'unit_category' ORDER BY active_enterprises DESC, 1 LIMIT 1").get(0);
        String industry = strings("SELECT scope_code FROM mart_coverage WHERE month_key = 202512 AND scope_kind = 'industry' ORDER BY uncovered_over_90_days DESC, 1 LIMIT 1").get(0);
        String coverage = "SELECT %s FROM mart_coverage WHERE month_key = 202512 AND scope_kind = ? AND scope_code = ?";
        String summary = "SELECT %s FROM mart_grade_summary WHERE period = '2025Q4' AND scope_kind = ? AND scope_code = ?";
        String migration = "SELECT coalesce(sum(organizations), 0) FROM mart_grade_migration WHERE period = '2025Q4' AND scope_kind = ? AND scope_code = ?";
        String flow = "SELECT coalesce(sum(%s), 0) FROM mart_admission_flow WHERE month_key = 202512 AND stage = '%s' AND scope_kind = ? AND scope_code = ?";
        String members = "SELECT %s FROM mart_membership WHERE month_key = 202512 AND scope_kind = ? AND scope_code = ?";
        String backward = strings("""
                SELECT b.org_code FROM mart_backward_organization b
                JOIN oracle_subtree_member t ON t.month_key = 202512 AND t.org_code = b.org_code AND t.root_code = '%s'
                WHERE b.period = '2025Q4' ORDER BY b.org_code LIMIT 1
                """.formatted(subtree)).get(0);
        String finding = strings("SELECT finding FROM mart_procedure_finding WHERE month_key = 202512 GROUP BY finding ORDER BY count(*) DESC, finding LIMIT 1").get(0);
        String liaison = strings("SELECT scope_code FROM mart_liaison_summary WHERE month_key = 202512 AND scope_kind = 'liaison' ORDER BY active_assignments DESC, 1 LIMIT 1").get(0);
        String newMonth = strings("SELECT period FROM mart_new_member_structure WHERE period_kind = 'month' AND scope_kind = 'park' ORDER BY new_members DESC, 1 LIMIT 1").get(0);
        String firstCoverage = """
                SELECT count(*) FROM mart_enterprise_first_coverage f
                WHERE %s AND (? = 'park' OR f.unit_code IN (
                    SELECT unit_code FROM oracle_enterprise_scope WHERE month_key = 202512 AND scope_kind = 'subtree' AND scope_code = ?))
                """;

        List<Expectation> expected = new ArrayList<>();
        expected.add(expect("coverage.threeFull", inSubtree, coverage.formatted("enterprises_with_three_full")));
        // A breakdown by unit category or industry is the park's, whichever organization is chosen.
        expected.add(new Expectation("coverage.active:unit_category:" + category, park, value(coverage.formatted("active_enterprises"), "unit_category", category)));
        expected.add(new Expectation("coverage.mustForm:unit_category:" + category, inSubtree,
                value(coverage.formatted("must_form_enterprises"), "unit_category", category)));
        expected.add(new Expectation("coverage.covered:industry:" + industry, park, value(coverage.formatted("covered_enterprises"), "industry", industry)));
        expected.add(new Expectation("coverage.uncovered90:industry:" + industry, park, value(coverage.formatted("uncovered_over_90_days"), "industry", industry)));
        expected.add(expect("coverage.firstCoverage", park, firstCoverage.formatted("true")));
        expected.add(expect("coverage.firstCoverage:NOT_YET", inSubtree, firstCoverage.formatted("f.first_covered_month IS NULL")));
        expected.add(expect("coverage.firstCoverage:COVERED", park, firstCoverage.formatted("f.first_covered_month IS NOT NULL")));
        expected.add(expect("grades.assessed:2025Q4", inSubtree, summary.formatted("assessed")));
        expected.add(expect("grades.promoted:2025Q4", park, summary.formatted("promoted")));
        expected.add(expect("grades.demoted:2025Q4", inSubtree, summary.formatted("demoted")));
        expected.add(expect("grades.poorImproved:2025Q4", park, summary.formatted("poor_improved")));
        expected.add(expect("grades.new:2025Q4", park, summary.formatted("new_in_period")));
        expected.add(expect("grades.gone:2025Q4", park, summary.formatted("gone_after_previous")));
        expected.add(expect("grades.backward:2025Q4", inSubtree,
                "SELECT organizations FROM mart_grade_distribution WHERE period = '2025Q4' AND grade = '较差' AND scope_kind = ? AND scope_code = ?"));
        expected.add(expect("grades.distribution:2025Q4:FAIRLY_GOOD", inSubtree,
                "SELECT organizations FROM mart_grade_distribution WHERE period = '2025Q4' AND grade = '较好' AND scope_kind = ? AND scope_code = ?"));
        expected.add(new Expectation("grades.grade:2025Q4:" + backward, inSubtree, 1));
        expected.add(expect("grades.migration:2025Q3:2025Q4", park, migration));
        expected.add(expect("grades.migration:2025Q3:2025Q4:POOR", inSubtree, migration + " AND from_grade = '较差'"));
        expected.add(expect("grades.migration:2025Q3:2025Q4:ALL:GOOD", park, migration + " AND to_grade = '好'"));
        expected.add(expect("grades.migration:2025Q3:2025Q4:GOOD:FAIRLY_GOOD", park, migration + " AND from_grade = '好' AND to_grade = '较好'"));
        expected.add(expect("admissions.entries:入党申请人", inSubtree, flow.formatted("entries", "入党申请人")));
        expected.add(expect("admissions.entries:入党积极分子", park, flow.formatted("entries", "入党积极分子")));
        expected.add(expect("admissions.stock:预备党员", inSubtree, flow.formatted("stock", "预备党员")));
        expected.add(expect("admissions.stock:发展对象", park, flow.formatted("stock", "发展对象")));
        expected.add(expect("admissions.conversion:2024", inSubtree,
                "SELECT activists FROM mart_admission_conversion WHERE cohort_year = 2024 AND scope_kind = ? AND scope_code = ?"));
        expected.add(expect("admissions.structure:2025", inSubtree,
                "SELECT new_members FROM mart_new_member_structure WHERE period = '2025' AND scope_kind = ? AND scope_code = ?"));
        expected.add(expect("admissions.structure:" + newMonth, park,
                "SELECT new_members FROM mart_new_member_structure WHERE period = '" + newMonth + "' AND scope_kind = ? AND scope_code = ?"));
        expected.add(expect("membership.breakdown:education:大学本科", inSubtree, """
                SELECT members FROM mart_membership_breakdown
                WHERE month_key = 202512 AND dimension = 'education' AND value = '大学本科' AND scope_kind = ? AND scope_code = ?
                """));
        expected.add(expect("membership.breakdown:age_band:61岁及以上", park, """
                SELECT members FROM mart_membership_breakdown
                WHERE month_key = 202512 AND dimension = 'age_band' AND value = '61岁及以上' AND scope_kind = ? AND scope_code = ?
                """));
        expected.add(expect("membership.in", inSubtree, members.formatted("members_in")));
        expected.add(expect("membership.out", park, members.formatted("members_out")));
        expected.add(expect("procedure.findings", park, "SELECT count(*) FROM mart_procedure_finding WHERE month_key = 202512 AND ? = 'park' AND ? = '全园区'"));
        expected.add(expect("procedure.finding:" + finding, inSubtree, """
                SELECT count(*) FROM mart_procedure_finding f
                JOIN oracle_subtree_member t ON t.month_key = f.month_key AND t.org_code = f.org_code AND ? = 'subtree' AND t.root_code = ?
                WHERE f.month_key = 202512 AND f.finding = '%s'
                """.formatted(finding)));
        expected.add(expect("life.noncompliant:2025Q4", inSubtree,
                "SELECT branches - compliant_branches FROM mart_life_compliance WHERE quarter = '2025Q4' AND scope_kind = ? AND scope_code = ?"));
        expected.add(expect("life.branch:2025Q4", inSubtree, """
                SELECT sum(m.general_meetings + m.committee_meetings + m.group_meetings + m.party_lectures + m.theme_days)
                FROM oracle_life_compliance_branch b
                JOIN oracle_organization_month m ON m.org_code = b.org_code AND m.month_key BETWEEN 202510 AND 202512
                JOIN oracle_subtree_member t ON t.month_key = 202512 AND t.org_code = b.org_code AND ? = 'subtree' AND t.root_code = ?
                WHERE b.quarter = '2025Q4'
                """));
        expected.add(expect("liaison.onsite:2025Q4", inSubtree,
                "SELECT onsite_ok_assignments FROM mart_liaison_summary WHERE month_key = 202512 AND scope_kind = ? AND scope_code = ?"));
        expected.add(new Expectation("liaison.person:" + liaison, park,
                value("SELECT active_assignments FROM mart_liaison_summary WHERE month_key = 202512 AND scope_kind = ? AND scope_code = ?", "liaison", liaison)));
        return expected;
    }

    /** The expectation of a figure in a scope, its count from SQL bound to the scope's kind and code. */
    private Expectation expect(String id, Optional<String> scope, String sql)
            throws SQLException
    {
        return new Expectation(id, scope, value(sql, scope.isPresent() ? "subtree" : "park", scope.orElse("全园区")));
    }

    /** One number from SQL taking a scope kind and code; no row counts 0. */
    private long value(String sql, String scopeKind, String scopeCode)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, scopeKind);
            statement.setString(2, scopeCode);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        }
    }

    /** The first row of a query, by column name. */
    private Map<String, Object> row(String sql, String... parameters)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for " + sql).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
                }
                return row;
            }
        }
    }

    private JsonNode trace(Browser browser, String id, String month, Optional<String> scope)
            throws Exception
    {
        HttpResponse<String> response = browser.get("/api/trace?figure=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&month=" + month
                + scope.map(code -> "&org=" + code).orElse(""));
        assertThat(response.statusCode()).as(id + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> values(JsonNode rows, String key)
    {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.path(key).asText()));
        return values;
    }

    /**
     * What a link stands for, for the walk's sample: its figure, how many parts its argument has and their kind where it
     * names one (unit_category, industry, a dimension), and whether it opens in a row's own organization.
     */
    private static String shape(PageLinks.Link link, Optional<String> scope)
    {
        String[] id = link.figure().split(":", -1);
        String kind = id.length > 1 && id[1].matches("[a-z_]+") ? id[1] : "";
        return String.join("|", id[0], String.valueOf(id.length - 1), kind, link.org().equals(scope) ? "" : "row");
    }

    /** What each figure's mart says, read straight from the marts (filled from the oracle views). */
    private Map<String, Long> expectedCounts(String month, Optional<String> scope)
            throws SQLException
    {
        String quarter = lastEndedQuarter(month);
        String where = " WHERE month_key = ? AND scope_kind = ? AND scope_code = ?";
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("coverage.active", martValue("SELECT active_enterprises FROM mart_coverage" + where, month, scope));
        expected.put("coverage.covered", martValue("SELECT covered_enterprises FROM mart_coverage" + where, month, scope));
        expected.put("coverage.workCovered", martValue("SELECT work_covered_enterprises FROM mart_coverage" + where, month, scope));
        expected.put("coverage.ownOrganization", martValue("SELECT own_organization_enterprises FROM mart_coverage" + where, month, scope));
        expected.put("coverage.mustForm", martValue("SELECT must_form_enterprises FROM mart_coverage" + where, month, scope));
        expected.put("coverage.uncovered90", martValue("SELECT uncovered_over_90_days FROM mart_coverage" + where, month, scope));
        expected.put("membership.members", martValue("SELECT members FROM mart_membership" + where, month, scope));
        expected.put("membership.mobileManaged", martValue("SELECT mobile_managed FROM mart_membership" + where, month, scope));
        expected.put("membership.backbone", martValue("SELECT backbone_members FROM mart_membership" + where, month, scope));
        expected.put("admissions.joined", martValue("""
                SELECT sum(entries) FROM mart_admission_flow
                WHERE month_key BETWEEN ? AND ? AND scope_kind = ? AND scope_code = ? AND stage = '预备党员'
                """, month.substring(0, 4) + "-01", month, scope));
        expected.put("life.events", martValue("SELECT events FROM mart_organization_life" + where, month, scope));
        expected.put("life.compliant:" + quarter, martValue("SELECT compliant_branches FROM mart_life_compliance WHERE quarter = ? AND scope_kind = ? AND scope_code = ?",
                quarter, scope));
        expected.put("timeliness.onTime", martValue("SELECT on_time FROM mart_submission_timeliness" + where, month, scope));
        expected.put("timeliness.late", martValue("SELECT active_organizations - on_time FROM mart_submission_timeliness" + where, month, scope));
        expected.put("liaison.contacted", martValue("SELECT contacted_assignments FROM mart_liaison_summary" + where, month, scope));
        expected.put("liaison.overdue", martValue("SELECT overdue_assignments FROM mart_liaison_summary" + where, month, scope));
        expected.put("grades.good:" + quarter, martValue("SELECT good FROM mart_grade_summary WHERE period = ? AND scope_kind = ? AND scope_code = ?",
                quarter, scope));
        expected.put("sites.active", martValue("SELECT sum(active_sites) FROM mart_demonstration_sites" + where, month, scope));
        expected.put("sites.active:区级", martValue("SELECT active_sites FROM mart_demonstration_sites" + where + " AND level = '区级'", month, scope));
        return expected;
    }

    /** One number from the marts for a period (a month YYYY-MM or a quarter) and scope; a scope without a row counts 0. */
    private Long martValue(String sql, String period, Optional<String> scope)
            throws SQLException
    {
        return martValue(sql, period, null, scope);
    }

    private Long martValue(String sql, String period, String secondMonth, Optional<String> scope)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setObject(index++, bound(period));
            if (secondMonth != null) {
                statement.setObject(index++, bound(secondMonth));
            }
            statement.setString(index++, scope.isPresent() ? "subtree" : "park");
            statement.setString(index, scope.orElse("全园区"));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        }
    }

    private static Object bound(String period)
    {
        return period.matches("\\d{4}-\\d{2}") ? Integer.parseInt(period.replace("-", "")) : period;
    }

    private static String lastEndedQuarter(String month)
    {
        int year = Integer.parseInt(month.substring(0, 4));
        int monthOfYear = Integer.parseInt(month.substring(5));
        int quarter = monthOfYear % 3 == 0 ? monthOfYear / 3 : (monthOfYear - 1) / 3;
        return quarter == 0 ? (year - 1) + "Q4" : year + "Q" + quarter;
    }

    private List<String> strings(String sql)
            throws SQLException
    {
        List<String> values = new ArrayList<>();
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
