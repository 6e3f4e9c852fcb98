package io.bastion.dashboard.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

        assertThat(figure.statusCode()).isEqualTo(404);
        assertThat(json.readTree(figure.body()).path("code").asText()).isEqualTo("UNKNOWN_FIGURE");
        assertThat(argument.statusCode()).isEqualTo(400);
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

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body()).path("count").asLong())
                .isEqualTo(martValue("SELECT members FROM mart_membership WHERE month_key = ? AND scope_kind = ? AND scope_code = ?", "2025-12",
                        Optional.of(subtree)));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(otherList.statusCode()).isEqualTo(403);
        assertThat(otherFile.statusCode()).isEqualTo(403);
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
