package io.bastion.dashboard.organizationlife;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizational-life and sites APIs over hand-written marts: a 党委 P0001 with a branch B0002 and a 党总支 P0002 whose
 * only branch is B0001. In 2025Q3 B0001 held no 党课 (the rule is 1) and B0002 complied; for 2025-10 B0002 never submitted and
 * B0001 was 3 days late; 张三 contacted the site B0001 in October, 李四 did not contact B0002.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BranchPagesTest
{
    private static final String ADMIN_PASSWORD = "admin-password-1";
    private static final String SECRETARY_PASSWORD = "secretary-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    static Path data;
    /** The marts are written once for the class's one application context. */
    private static boolean written;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Accounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry)
    {
        registry.add("bastion.warehouse", () -> data.resolve("warehouse.duckdb").toString());
        registry.add("bastion.archive", () -> data.resolve("archive").toString());
        registry.add("bastion.inbox", () -> data.resolve("inbox").toString());
        registry.add("bastion.security.admin-password", () -> ADMIN_PASSWORD);
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    @BeforeEach
    void marts()
            throws Exception
    {
        if (written) {
            return;
        }
        written = true;
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "INSERT INTO dim_organization (org_code, valid_from_month, valid_to_month, is_current, org_name, org_kind, parent_code, unit_category, established_on) VALUES "
                            + "('P0001', 202501, 999912, true, '园区党委', '党委', NULL, '机关', DATE '2020-01-01'), "
                            + "('P0002', 202501, 999912, true, '第一党总支', '党总支', 'P0001', '机关', DATE '2020-01-01'), "
                            + "('B0001', 202501, 999912, true, '甲支部', '党支部', 'P0002', '非公企业', DATE '2020-01-01'), "
                            + "('B0002', 202501, 999912, true, '乙支部', '党支部', 'P0001', '机关', DATE '2020-01-01')",
                    "INSERT INTO analysis_run (analysis_id, started_at, finished_at, status, trigger, spark_master, input_fingerprint, first_month, last_month) "
                            + "VALUES (1, TIMESTAMP '2025-11-10 08:00:00', TIMESTAMP '2025-11-10 08:05:00', 'done', 'cli', 'local[*]', 'partyLecturesPerQuarter=1', 202507, 202510)",
                    "INSERT INTO mart_life_compliance_branch VALUES "
                            + "('2025Q3', 'B0001', '甲支部', '党支部', 1, 0, 3, 3, 0, 0, 3, false, 1, TIMESTAMP '2025-11-10 08:05:00'), "
                            + "('2025Q3', 'B0002', '乙支部', '党支部', 1, 1, 3, 3, 0, 0, 3, true, 1, TIMESTAMP '2025-11-10 08:05:00')",
                    "INSERT INTO mart_life_compliance VALUES "
                            + "('2025Q3', 'park', '全园区', 2, 1, 0.5, 1, TIMESTAMP '2025-11-10 08:05:00'), "
                            + "('2025Q3', 'subtree', 'P0001', 2, 1, 0.5, 1, TIMESTAMP '2025-11-10 08:05:00'), "
                            + "('2025Q3', 'subtree', 'P0002', 1, 0, 0.0, 1, TIMESTAMP '2025-11-10 08:05:00')",
                    "INSERT INTO mart_late_submission VALUES "
                            + "(202510, 'B0002', '乙支部', 'P0001', DATE '2025-11-05', NULL, NULL, 1, TIMESTAMP '2025-11-10 08:05:00'), "
                            + "(202510, 'B0001', '甲支部', 'P0002', DATE '2025-11-05', DATE '2025-11-08', 3, 1, TIMESTAMP '2025-11-10 08:05:00')",
                    "INSERT INTO mart_liaison_progress VALUES "
                            + "(202510, '张三', '党工委委员', 'B0001', '甲支部', DATE '2024-01-01', NULL, 1, true, 0, '待完成', DATE '2025-10-20', 11, '了解组织生活', false, 1, TIMESTAMP '2025-11-10 08:05:00'), "
                            + "(202510, '李四', '组织委员', 'B0002', '乙支部', DATE '2024-01-01', NULL, 0, false, 0, '待完成', DATE '2025-09-02', 59, '指导发展党员', true, 1, TIMESTAMP '2025-11-10 08:05:00')")) {
                statement.execute(sql);
            }
        }
        accounts.create("branchsecretary", "第一党总支书记", Role.SECRETARY, Optional.of("P0002"), SECRETARY_PASSWORD);
    }

    @Test
    void listsTheQuarterNonCompliantBranchesWithTheRuleMissed()
            throws Exception
    {
        JsonNode life = get(login("admin", ADMIN_PASSWORD), "/api/organizationlife?month=2025-10");

        JsonNode compliance = kpi(life, "compliance");
        assertThat(compliance.get("value").asDouble()).isEqualTo(0.5);
        assertThat(compliance.get("note").asText()).isEqualTo("2025Q3");
        assertThat(kpi(life, "nonCompliant").get("value").asDouble()).isEqualTo(1.0);
        JsonNode nonCompliant = life.get("tables").get("nonCompliant").get("rows");
        assertThat(nonCompliant).hasSize(1);
        assertThat(nonCompliant.get(0).get("organization").get("name").asText()).isEqualTo("甲支部");
        assertThat(nonCompliant.get(0).get("missed").asText()).isEqualTo("党课 0 次，少于规定的 1 次");
        assertThat(codes(life.get("tables").get("heatmap").get("rows"))).containsExactlyInAnyOrder("B0001", "B0002");
    }

    @Test
    void putsTheNeverSentSubmissionFirst()
            throws Exception
    {
        JsonNode late = get(login("admin", ADMIN_PASSWORD), "/api/organizationlife?month=2025-10").get("tables").get("late").get("rows");

        assertThat(codes(late)).containsExactly("B0002", "B0001");
        assertThat(late.get(0).get("submittedOn").asText()).isEqualTo("未报送");
        assertThat(late.get(1).get("daysLate").asInt()).isEqualTo(3);
    }

    @Test
    void showsALaterQuarterOnlyOnceTheMonthHasReachedIt()
            throws Exception
    {
        JsonNode life = get(login("admin", ADMIN_PASSWORD), "/api/organizationlife?month=2025-10&quarter=2025Q4");

        assertThat(kpi(life, "compliance").get("note").asText()).isEqualTo("2025Q3");
    }

    @Test
    void refusesAMalformedQuarter()
            throws Exception
    {
        HttpResponse<String> response = send(login("admin", ADMIN_PASSWORD), "/api/organizationlife?quarter=2025Q9x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("BAD_QUARTER");
    }

    @Test
    void limitsASecretaryToTheirOwnSubtree()
            throws Exception
    {
        HttpClient secretary = login("branchsecretary", SECRETARY_PASSWORD);

        JsonNode life = get(secretary, "/api/organizationlife");
        assertThat(life.get("orgCode").asText()).isEqualTo("P0002");
        assertThat(kpi(life, "compliance").get("denominator").asLong()).isEqualTo(1);
        assertThat(codes(life.get("tables").get("heatmap").get("rows"))).containsExactly("B0001");
        assertThat(codes(life.get("tables").get("late").get("rows"))).containsExactly("B0001");

        JsonNode sites = get(secretary, "/api/sites");
        JsonNode progress = sites.get("tables").get("progress").get("rows");
        assertThat(progress).hasSize(1);
        assertThat(progress.get(0).get("liaison").asText()).isEqualTo("张三");
        assertThat(kpi(sites, "overdue").get("value").asDouble()).isEqualTo(0.0);

        HttpResponse<String> outside = send(secretary, "/api/sites?org=P0001");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(json.readTree(outside.body()).get("code").asText()).isEqualTo("OUTSIDE_SUBTREE");
    }

    private static JsonNode kpi(JsonNode family, String key)
    {
        for (JsonNode kpi : family.get("kpis")) {
            if (kpi.get("key").asText().equals(key)) {
                return kpi;
            }
        }
        throw new AssertionError("no card " + key + " in " + family);
    }

    private static List<String> codes(JsonNode rows)
    {
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("organization").get("code").asText()));
        return codes;
    }

    private HttpClient login(String username, String password)
            throws Exception
    {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return client;
    }

    private JsonNode get(HttpClient client, String path)
            throws Exception
    {
        HttpResponse<String> response = send(client, path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpClient client, String path)
            throws Exception
    {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path)
    {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text)
    {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
