package io.bastion.dashboard.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchApiTest
{
    private static final String PASSWORD = "workbench-secret-1";

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Snapshots snapshots;

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
    void users()
            throws Exception
    {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT OR IGNORE INTO restricted.app_user VALUES ('wb-analyst', '分析员', 'ANALYST', NULL, '" + hash + "', true, now(), now())");
            statement.execute("INSERT OR IGNORE INTO restricted.app_user VALUES ('wb-admin', '管理员', 'ADMIN', NULL, '" + hash + "', true, now(), now())");
            statement.execute("INSERT OR IGNORE INTO restricted.app_user VALUES ('wb-leader', '领导', 'LEADER', NULL, '" + hash + "', true, now(), now())");
        }
        snapshots.publish();
    }

    @Test
    void runsPagesExportsAndLogsQueriesForAnalystsOnly()
            throws Exception
    {
        HttpResponse<String> ok = post("wb-analyst", "/api/workbench/query", "{\"sql\": \"SELECT range AS n, range % 3 AS g FROM range(250)\", \"page\": 2}");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(ok.body());
        assertThat(page.get("totalRows").asLong()).isEqualTo(250);
        assertThat(page.get("rows")).hasSize(100);
        assertThat(page.get("rows").get(0).get(0).asLong()).isEqualTo(100);
        assertThat(page.get("columns").get(0).get("numeric").asBoolean()).isTrue();
        assertThat(page.get("snapshot").asText()).isEqualTo("analyst");

        HttpResponse<String> refused = post("wb-analyst", "/api/workbench/query", "{\"sql\": \"DELETE FROM dim_organization\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode refusal = json.readTree(refused.body());
        assertThat(refusal.get("refusal").asText()).isEqualTo("READ_ONLY");
        assertThat(refusal.get("chinese").asText()).contains("只读");
        assertThat(refusal.get("english").asText()).contains("read-only");

        HttpResponse<String> personal = post("wb-analyst", "/api/workbench/query", "{\"sql\": \"SELECT * FROM restricted.app_user\"}");
        assertThat(json.readTree(personal.body()).get("refusal").asText()).isEqualTo("PERSONAL_DATA");
        HttpResponse<String> admin = post("wb-admin", "/api/workbench/query", "{\"sql\": \"SELECT username FROM restricted.app_user\"}");
        assertThat(admin.statusCode()).isEqualTo(200);

        HttpResponse<String> csv = form("wb-analyst", "/api/workbench/export.csv", "SELECT range AS n FROM range(3)");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("\uFEFFn\r\n0\r\n1\r\n2\r\n");
        HttpResponse<byte[]> xlsx = client.send(formRequest("wb-admin", "/api/workbench/export.xlsx", "SELECT range AS n FROM range(3)"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<String> schema = get("wb-analyst", "/api/workbench/schema");
        assertThat(schema.statusCode()).isEqualTo(200);
        JsonNode objects = json.readTree(schema.body()).get("objects");
        assertThat(objects.findValuesAsText("schema")).doesNotContain("restricted");
        assertThat(objects.toString()).contains("fact_enterprise_month").contains("oracle_analysed_month");

        JsonNode history = json.readTree(get("wb-analyst", "/api/workbench/history").body());
        assertThat(history.findValuesAsText("outcome")).contains("ok", "refused");
        JsonNode audit = json.readTree(get("wb-admin", "/api/admin/workbench/audit?kind=xlsx&personal=true").body());
        assertThat(audit.findValuesAsText("username")).contains("wb-admin");

        HttpResponse<String> saved = post("wb-analyst", "/api/workbench/saved", "{\"title\": \"单位数\", \"sql\": \"SELECT count(*) FROM fact_enterprise_month\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(get("wb-admin", "/api/workbench/saved").body()).contains("单位数");

        assertThat(get("wb-analyst", "/api/admin/workbench/audit").statusCode()).isEqualTo(403);
        assertThat(post("wb-leader", "/api/workbench/query", "{\"sql\": \"SELECT 1\"}").statusCode()).isEqualTo(403);
        assertThat(get("wb-leader", "/workbench").statusCode()).isEqualTo(403);
        assertThat(get("wb-analyst", "/workbench").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String user, String path, String body)
            throws Exception
    {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String user, String path, String sql)
            throws Exception
    {
        return client.send(formRequest(user, path, sql), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest formRequest(String user, String path, String sql)
    {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))).build();
    }

    private HttpResponse<String> get(String user, String path)
            throws Exception
    {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user)
    {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
