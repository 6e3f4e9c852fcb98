package io.bastion.dashboard.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.ingest.load.TinyPark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization page's and 我的支部's APIs over a real HTTP server and a real DuckDB file holding a hand-built park:
 * the committee P001 and its branch B001 (2025-03), whose roster has one valid member and one whose id number has a wrong
 * check digit (a problem row). No analysis has run, so only what the facts hold is checked, against hand-counted values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationPagesTest
{
    private static final String ADMIN_PASSWORD = "organization-test-admin";
    private static final String PASSWORD = "organization-test-user";
    /** Valid id numbers computed by hand (GB 11643); the second person's is sent with a wrong check digit. */
    private static final String VALID_ID = "320501198005051232";
    private static final String WRONG_CHECK_DIGIT = "320501199208172340";
    /** Appears only in the refused row's raw_row: it must never reach a page. */
    private static final String HIDDEN_NAME = "吴隐名";

    @TempDir
    static Path data;
    /** The park is loaded once for the class's shared application context. */
    private static boolean loaded;

    @LocalServerPort
    int port;
    @Autowired
    Ingestion ingestion;
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
        registry.add("bastion.security.admin-password", () -> ADMIN_PASSWORD);
    }

    @BeforeEach
    void loadThePark()
            throws IOException
    {
        if (loaded) {
            return;
        }
        loaded = true;
        Path files = Files.createDirectories(data.resolve("files"));
        // One run each, so the branch's parent and units are known when it is read.
        ingest(Files.writeString(files.resolve("企业名录_2025-03.csv"), TinyPark.registryCsv()));
        ingest(Files.writeString(files.resolve("P001_2025-03.json"), TinyPark.committeeJson("2025-03", "2025-04-03")));
        RunSummary branch = ingest(Files.writeString(files.resolve("B001_2025-03.json"), branchJson()));
        assertThat(branch.files()).extracting(FileOutcome::outcome).containsExactly(FileOutcome.Outcome.LOADED);
        accounts.create("leader-test", "领导（测试）", Role.LEADER, Optional.empty(), PASSWORD);
        accounts.create("secretary-b001", "B001 书记（测试）", Role.SECRETARY, Optional.of("B001"), PASSWORD);
    }

    @Test
    void showsAnOrganizationsHistory()
            throws Exception
    {
        JsonNode page = getJson("leader-test", "/api/organization?org=B001&month=2025-03");

        assertThat(page.get("scopeName").asText()).isEqualTo("甲科技党支部");
        assertThat(kpi(page, "members")).isEqualTo(1);
        assertThat(kpi(page, "fullMembers")).isEqualTo(1);
        JsonNode profile = page.get("tables").get("profile").get("rows");
        assertThat(item(profile, "parent").get("value").asText()).isEqualTo("园区党工委");
        assertThat(item(profile, "parent").get("code").asText()).isEqualTo("P001");
        assertThat(item(profile, "formation").get("value").asText()).isEqualTo("单独组建");
        assertThat(item(profile, "termDue").get("value").asText()).startsWith("2026-06-01");
        assertThat(page.get("tables").get("coveredUnits").get("rows").get(0).get("unitName").asText()).isEqualTo("甲科技有限公司");
        JsonNode submission = page.get("tables").get("submissions").get("rows").get(0);
        assertThat(submission.get("month").asText()).isEqualTo("2025-03");
        assertThat(submission.get("version").asText()).isEqualTo("当前有效");
        assertThat(submission.get("timeliness").asText()).isEqualTo("按时");
        assertThat(submission.get("submittedOn").asText()).isEqualTo("2025-04-02");
        assertThat(submission.get("fileName").asText()).isEqualTo("B001_2025-03.json");
        assertThat(submission.get("sha256").asText()).hasSize(64);
        assertThat(item(profile, "secretary")).as("the 书记 is personal data: admins only").isNull();
        assertThat(page.toString()).doesNotContain("孙书记");
    }

    @Test
    void showsTheSecretaryToAnAdminOnly()
            throws Exception
    {
        JsonNode page = getJson("admin", "/api/organization?org=B001&month=2025-03");

        assertThat(item(page.get("tables").get("profile").get("rows"), "secretary").get("value").asText()).isEqualTo("孙书记");
    }

    @Test
    void listsTheOrganizationsWithoutOne()
            throws Exception
    {
        JsonNode leader = getJson("leader-test", "/api/organization?month=2025-03");
        JsonNode secretary = getJson("secretary-b001", "/api/organization?month=2025-03");

        assertThat(codes(leader.get("tables").get("organizations"))).containsExactly("P001", "B001");
        assertThat(codes(secretary.get("tables").get("organizations"))).containsExactly("B001");
        assertThat(secretary.get("tables").get("organizations").get("rows").get(0).get("parent").get("allowed").asBoolean(true)).isFalse();
    }

    @Test
    void refusesASecretaryAnOrganizationAboveTheirs()
            throws Exception
    {
        HttpResponse<String> api = get("secretary-b001", "/api/organization?org=P001&month=2025-03");
        HttpResponse<String> page = get("secretary-b001", "/organization?org=P001&month=2025-03");
        HttpResponse<String> export = get("secretary-b001", "/api/organization/export.xlsx?org=P001&month=2025-03");
        HttpResponse<String> myBranch = get("secretary-b001", "/api/mybranch?org=P001&month=2025-03");

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(json.readTree(api.body()).get("code").asText()).isEqualTo("OUTSIDE_SUBTREE");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(export.statusCode()).isEqualTo(403);
        assertThat(myBranch.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnonymousCallers()
            throws Exception
    {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/organization?org=B001")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void showsASecretaryTheirProblemRowsWithoutTheRawRow()
            throws Exception
    {
        HttpResponse<String> response = get("secretary-b001", "/api/mybranch?month=2025-03");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        JsonNode problems = page.get("tables").get("problems").get("rows");
        assertThat(problems).hasSize(1);
        JsonNode problem = problems.get(0);
        assertThat(problem.get("fileName").asText()).isEqualTo("B001_2025-03.json");
        assertThat(problem.get("sheet").asText()).isEqualTo("人员信息");
        assertThat(problem.get("row").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asText()).isEqualTo("公民身份号码");
        // The branch is told where the id number is, not shown it again.
        assertThat(problem.get("value").asText()).isEqualTo("3205**********2340");
        assertThat(problem.get("problem").asText()).contains("校验位");
        assertThat(problem.get("fix").asText()).contains("身份证");
        assertThat(response.body()).as("raw_row is never selected").doesNotContain(HIDDEN_NAME).doesNotContain("\"rawRow\"");
        assertThat(page.get("tables").get("refused").get("rows")).isEmpty();
        assertThat(page.get("tables").get("submissions").get("rows").get(0).get("timeliness").asText()).isEqualTo("按时");
        assertThat(page.get("tables").get("thisMonth").get("rows").get(0).get("onTime").asBoolean()).isTrue();
    }

    @Test
    void refusesMyBranchToALeader()
            throws Exception
    {
        HttpResponse<String> response = get("leader-test", "/api/mybranch");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("NOT_A_SECRETARY");
    }

    @Test
    void letsAnAdminOpenABranchsPage()
            throws Exception
    {
        JsonNode chooser = getJson("admin", "/api/mybranch?month=2025-03");
        JsonNode branch = getJson("admin", "/api/mybranch?org=B001&month=2025-03");

        assertThat(chooser.get("emptyReason").asText()).isNotBlank();
        assertThat(codes(chooser.get("tables").get("choices"))).containsExactly("P001", "B001");
        assertThat(branch.get("tables").get("problems").get("rows")).hasSize(1);
    }

    private RunSummary ingest(Path file)
    {
        return ingestion.ingest(List.of(file), "test", IngestionListener.SILENT);
    }

    /** B001 of TinyPark's 甲: one full member, and one row whose id number's check digit is wrong. */
    private static String branchJson()
    {
        return """
                {"组织信息": {"组织代码": "B001", "报告月份": "2025-03", "报送日期": "2025-04-02", "组织名称": "甲科技党支部", "组织类别": "党支部",
                              "上级组织代码": "P001", "单位类别": "非公企业", "成立日期": "2020-06-01", "书记": "孙书记", "本届任期开始": "2023-06-01",
                              "组建方式": "单独组建", "覆盖单位": "%1$s", "党员人数": 2, "党小组数": 0, "阵地达标项": 6},
                 "人员信息": [
                   {"人员编号": "M0101", "姓名": "周一", "公民身份号码": "%2$s", "性别": "男", "民族": "汉族", "出生日期": "1980-05-05",
                    "学历": "大学本科", "工作单位": "%1$s", "岗位类别": "专业技术人员", "身份": "正式党员",
                    "入党日期": "2005-07-01", "转正日期": "2006-07-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "是"},
                   {"人员编号": "M0102", "姓名": "%3$s", "公民身份号码": "%4$s", "性别": "女", "民族": "汉族", "出生日期": "1992-08-17",
                    "学历": "大学本科", "工作单位": "%1$s", "岗位类别": "一线职工", "身份": "正式党员",
                    "入党日期": "2015-07-01", "转正日期": "2016-07-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "否"}],
                 "组织生活": [
                   {"活动日期": "2025-03-15", "活动类型": "主题党日", "主题": "参观学习", "应到人数": 2, "实到人数": 2}]}
                """.formatted(TinyPark.ALPHA, VALID_ID, HIDDEN_NAME, WRONG_CHECK_DIGIT);
    }

    private static long kpi(JsonNode page, String key)
    {
        for (JsonNode kpi : page.get("kpis")) {
            if (kpi.get("key").asText().equals(key)) {
                return kpi.get("value").asLong();
            }
        }
        throw new AssertionError("no card " + key);
    }

    private static JsonNode item(JsonNode profile, String item)
    {
        for (JsonNode row : profile) {
            if (row.get("item").asText().equals(item)) {
                return row;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode table)
    {
        List<String> codes = new ArrayList<>();
        table.get("rows").forEach(row -> codes.add(row.get("organization").get("code").asText()));
        return codes;
    }

    private JsonNode getJson(String username, String path)
            throws IOException, InterruptedException
    {
        HttpResponse<String> response = get(username, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String username, String path)
            throws IOException, InterruptedException
    {
        String password = "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD;
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path)
    {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
