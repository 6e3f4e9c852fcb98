package io.bastion.dashboard.grades;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.sql.Warehouse;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grades API over a hand-built park: a 党委 P001 with a 党总支 P002 and three branches graded in 2025Q1–Q3. The
 * expected figures are counted by hand from the rows below, not by the code under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GradesControllerTest
{
    private static final String PASSWORD = "grades-test-password";

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Accounts accounts;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry)
    {
        registry.add("bastion.warehouse", () -> data.resolve("warehouse.duckdb").toString());
        registry.add("bastion.archive", () -> data.resolve("archive").toString());
        registry.add("bastion.inbox", () -> data.resolve("inbox").toString());
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    @BeforeEach
    void park()
            throws Exception
    {
        if (accounts.exists("leader")) {
            return;
        }
        accounts.create("leader", "领导", Role.LEADER, Optional.empty(), PASSWORD);
        accounts.create("secretary", "书记", Role.SECRETARY, Optional.of("P002"), PASSWORD);
        List<String> rows = new ArrayList<>();
        rows.add("INSERT INTO analysis_run (analysis_id, started_at, finished_at, status, trigger, spark_master, input_fingerprint, first_month, last_month)"
                + " VALUES (1, now(), now(), 'done', 'cli', 'local[*]', 'test', 202501, 202510)");
        rows.add(organization("P001", "园区党委", "党委", null));
        rows.add(organization("P002", "第一党总支", "党总支", "P001"));
        rows.add(organization("B001", "一支部", "党支部", "P002"));
        rows.add(organization("B002", "二支部", "党支部", "P001"));
        rows.add(organization("B003", "<img src=x onerror=alert(1)>", "党支部", "P002"));
        // 2025Q1: B001 较差, B002 好, B003 一般; 2025Q2: B001 一般, B002 好 (B003 not graded); 2025Q3: B001 好, B002 较好, B003 较差.
        rows.add(grade("B001", "2025Q1", 202503, "较差", 55));
        rows.add(grade("B002", "2025Q1", 202503, "好", 95));
        rows.add(grade("B003", "2025Q1", 202503, "一般", 75));
        rows.add(grade("B001", "2025Q2", 202506, "一般", 72));
        rows.add(grade("B002", "2025Q2", 202506, "好", 96));
        rows.add(grade("B001", "2025Q3", 202509, "好", 91));
        rows.add(grade("B002", "2025Q3", 202509, "较好", 85));
        rows.add(grade("B003", "2025Q3", 202509, "较差", 58));
        // The marts for 2025Q2 → 2025Q3, park-wide, as the analysis writes them.
        rows.add("INSERT INTO mart_grade_summary VALUES ('2025Q2', '2025Q1', 'park', '全园区', 2, 1, 0.5, 2, 1, 0, 1, 0.5, 0.0, 1, 1, 1.0, 0, 1, 1, now())");
        rows.add("INSERT INTO mart_grade_summary VALUES ('2025Q3', '2025Q2', 'park', '全园区', 3, 1, 0.3333333333333333, 2, 1, 1, 0, 0.5, 0.5, 0, 0, NULL, 1, 0, 1, now())");
        rows.add("INSERT INTO mart_grade_migration VALUES ('2025Q3', '2025Q2', 'park', '全园区', '一般', '好', 1, 1, now())");
        rows.add("INSERT INTO mart_grade_migration VALUES ('2025Q3', '2025Q2', 'park', '全园区', '好', '较好', 1, 1, now())");
        rows.add("INSERT INTO mart_grade_distribution VALUES ('2025Q3', 'park', '全园区', '好', 1, 1, now())");
        rows.add("INSERT INTO mart_grade_distribution VALUES ('2025Q3', 'park', '全园区', '较好', 1, 1, now())");
        rows.add("INSERT INTO mart_grade_distribution VALUES ('2025Q3', 'park', '全园区', '较差', 1, 1, now())");
        rows.add("INSERT INTO mart_backward_organization VALUES ('2025Q3', 'B003', '<img src=x onerror=alert(1)>', 'P002', 58, NULL, 1, now())");
        try (DuckDBConnection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            for (String row : rows) {
                statement.execute(row);
            }
        }
    }

    @Test
    void readsTheCardsAndTheConsecutiveMatrixFromTheMarts()
            throws Exception
    {
        JsonNode body = get("leader", "/api/grades?month=2025-10");

        assertThat(kpi(body, "advanced").get("numerator").asLong()).isEqualTo(1);
        assertThat(kpi(body, "advanced").get("denominator").asLong()).isEqualTo(3);
        assertThat(kpi(body, "promotion").get("numerator").asLong()).isEqualTo(1);
        assertThat(kpi(body, "demotion").get("numerator").asLong()).isEqualTo(1);
        assertThat(kpi(body, "poorConversion").get("value").isNull()).isTrue();
        assertThat(kpi(body, "poorConversion").get("blankReason").asText()).isNotBlank();
        assertThat(kpi(body, "advanced").get("trace").asText()).isEqualTo("grades.good:2025Q3");
        JsonNode matrix = body.get("tables").get("migration").get("rows");
        assertThat(matrix.get(2).get("GOOD").asLong()).as("一般 → 好").isEqualTo(1);
        assertThat(matrix.get(0).get("FAIRLY_GOOD").asLong()).as("好 → 较好").isEqualTo(1);
        assertThat(matrix.get(4).get("total").asLong()).isEqualTo(2);
        assertThat(codes(body, "newOrganizations")).containsExactly("B003");
        assertThat(codes(body, "goneOrganizations")).isEmpty();
        assertThat(condition(body, "source").get("code").asText()).isEqualTo("consecutive");
    }

    @Test
    void countsNonConsecutiveQuartersFromTheGradesThemselves()
            throws Exception
    {
        JsonNode body = get("leader", "/api/grades?month=2025-10&from=2025Q1&to=2025Q3");

        JsonNode matrix = body.get("tables").get("migration").get("rows");
        assertThat(matrix.get(3).get("GOOD").asLong()).as("较差 → 好").isEqualTo(1);
        assertThat(matrix.get(0).get("FAIRLY_GOOD").asLong()).as("好 → 较好").isEqualTo(1);
        assertThat(matrix.get(2).get("POOR").asLong()).as("一般 → 较差").isEqualTo(1);
        assertThat(matrix.get(4).get("total").asLong()).isEqualTo(3);
        assertThat(condition(body, "source").get("code").asText()).isEqualTo("direct");
        assertThat(codes(body, "newOrganizations")).isEmpty();
        assertThat(codes(body, "goneOrganizations")).isEmpty();
    }

    @Test
    void showsGoneOrganizationsByName()
            throws Exception
    {
        JsonNode body = get("leader", "/api/grades?month=2025-10&from=2025Q1&to=2025Q2");

        JsonNode gone = body.get("tables").get("goneOrganizations").get("rows");
        assertThat(gone).hasSize(1);
        assertThat(gone.get(0).get("organization").get("name").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(gone.get(0).get("fromGrade").asText()).isEqualTo("一般");
    }

    @Test
    void keepsASecretaryInsideTheirSubtree()
            throws Exception
    {
        JsonNode body = get("secretary", "/api/grades?month=2025-10&from=2025Q1&to=2025Q3");

        assertThat(codes(body, "organizations")).containsExactlyInAnyOrder("B001", "B003");
        assertThat(codes(body, "backward")).containsExactly("B003");
        assertThat(status("secretary", "/api/grades?month=2025-10&org=P001")).isEqualTo(403);
        assertThat(status("secretary", "/api/grades/export.xlsx?month=2025-10&org=B002")).isEqualTo(403);
    }

    @Test
    void refusesPeriodsThatNameNothing()
            throws Exception
    {
        assertThat(problemCode("/api/grades?to=2025-3")).isEqualTo("BAD_PERIOD");
        assertThat(problemCode("/api/grades?to=2024Q1")).isEqualTo("UNKNOWN_PERIOD");
        assertThat(problemCode("/api/grades?from=2025Q3&to=2025Q1")).isEqualTo("PERIOD_ORDER");
        assertThat(problemCode("/api/grades?fromGrade=BEST")).isEqualTo("BAD_GRADE");
        assertThat(problemCode("/api/coverage?category=%E5%A4%96%E4%BC%81")).isEqualTo("BAD_CATEGORY");
    }

    private static String organization(String code, String name, String kind, String parent)
    {
        return "INSERT INTO dim_organization (org_code, valid_from_month, valid_to_month, is_current, org_name, org_kind, parent_code, unit_category,"
                + " established_on) VALUES ('%s', 202501, 999912, true, '%s', '%s', %s, '非公企业', DATE '2020-01-01')"
                        .formatted(code, name, kind, parent == null ? "NULL" : "'" + parent + "'");
    }

    private static String grade(String code, String period, int endMonth, String grade, int score)
    {
        return "INSERT INTO fact_grade VALUES ('%s', '%s', %d, '%s', %d, NULL, 1, 1, 1)".formatted(code, period, endMonth, grade, score);
    }

    private static JsonNode kpi(JsonNode body, String key)
    {
        for (JsonNode kpi : body.get("kpis")) {
            if (kpi.get("key").asText().equals(key)) {
                return kpi;
            }
        }
        throw new AssertionError("no card " + key);
    }

    private static JsonNode condition(JsonNode body, String drill)
    {
        for (JsonNode row : body.get("tables").get("conditions").get("rows")) {
            if (drill.equals(row.path("drill").asText())) {
                return row;
            }
        }
        throw new AssertionError("no condition " + drill);
    }

    private static List<String> codes(JsonNode body, String table)
    {
        List<String> codes = new ArrayList<>();
        body.get("tables").get(table).get("rows").forEach(row -> codes.add(row.get("orgCode").asText()));
        return codes;
    }

    private JsonNode get(String user, String path)
            throws Exception
    {
        HttpResponse<String> response = send(user, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String user, String path)
            throws Exception
    {
        return send(user, path).statusCode();
    }

    private String problemCode(String path)
            throws Exception
    {
        HttpResponse<String> response = send("leader", path);
        assertThat(response.statusCode()).isBetween(400, 404);
        return json.readTree(response.body()).get("code").asText();
    }

    private HttpResponse<String> send(String user, String path)
            throws Exception
    {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
