package io.bastion.dashboard.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.TinyPark;
import io.bastion.sql.Warehouse;
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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload API over a real HTTP server and a real DuckDB file, called with HTTP Basic as scripts and branch systems do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadControllerTest
{
    private static final String ADMIN_PASSWORD = "upload-test-admin";
    private static final String SECRETARY = "secretary-p001";
    private static final String SECRETARY_PASSWORD = "upload-test-secretary";

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    Ingestion ingestion;
    @Autowired
    BastionSettings settings;
    @Autowired
    Accounts accounts;
    @Autowired
    IngestRunQueries queries;

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

    @Test
    void loadsAnUploadedFile()
            throws Exception
    {
        long enterprisesBefore = WarehouseRows.count(warehouse, "fact_enterprise_month");

        HttpResponse<String> response = upload(new Multipart().file(SmallPark.REGISTRY_NAME, SmallPark.registry()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("runId").asLong()).isPositive();
        JsonNode file = result.get("files").get(0);
        assertThat(file.get("fileName").asText()).isEqualTo(SmallPark.REGISTRY_NAME);
        assertThat(file.get("outcome").asText()).isEqualTo("LOADED");
        assertThat(file.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(file.get("rowsLoaded").asInt()).isEqualTo(4);
        assertThat(WarehouseRows.count(warehouse, "fact_enterprise_month") - enterprisesBefore).isEqualTo(4);

        HttpResponse<String> runs = get("/api/ingest/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(runs.body()).findValuesAsText("source")).contains("upload");
    }

    @Test
    void refusesAPathInTheFileNameAndChangesNothing()
            throws Exception
    {
        long runsBefore = WarehouseRows.count(warehouse, "ingest_run");
        long filesBefore = WarehouseRows.count(warehouse, "archived_file");

        HttpResponse<String> response = upload(new Multipart()
                .file(SmallPark.COMMITTEE_NAME, SmallPark.committee())
                .file("../evil.xlsx", new byte[] {1, 2, 3}));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("UNSAFE_NAME");
        assertThat(problem.get("chinese").asText()).contains("../evil.xlsx").contains("文件名不安全");
        assertThat(problem.get("english").asText()).contains("../evil.xlsx").contains("unsafe");
        assertThat(WarehouseRows.count(warehouse, "ingest_run")).isEqualTo(runsBefore);
        assertThat(WarehouseRows.count(warehouse, "archived_file")).isEqualTo(filesBefore);
        assertThat(data.resolve("evil.xlsx")).doesNotExist();
    }

    @Test
    void refusesAnAnonymousUpload()
            throws Exception
    {
        long filesBefore = WarehouseRows.count(warehouse, "archived_file");

        HttpResponse<String> response = send(uploadRequest(new Multipart().file(SmallPark.REGISTRY_NAME, SmallPark.registry())).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(WarehouseRows.count(warehouse, "archived_file")).isEqualTo(filesBefore);
    }

    @Test
    void refusesASecretaryAnotherOrganizationsFileAndStoresNothing()
            throws Exception
    {
        ensureSecretary();
        long runsBefore = WarehouseRows.count(warehouse, "ingest_run");
        long filesBefore = WarehouseRows.count(warehouse, "archived_file");

        HttpResponse<String> other = uploadAs(SECRETARY, SECRETARY_PASSWORD, new Multipart()
                .file(SmallPark.COMMITTEE_NAME, SmallPark.committee())
                .file("Q002_2025-03.json", SmallPark.committee()));
        HttpResponse<String> feed = uploadAs(SECRETARY, SECRETARY_PASSWORD, new Multipart().file(SmallPark.REGISTRY_NAME, SmallPark.registry()));

        assertThat(other.statusCode()).isEqualTo(403);
        JsonNode problem = json.readTree(other.body());
        assertThat(problem.get("code").asText()).isEqualTo("OUTSIDE_SUBTREE");
        assertThat(problem.get("chinese").asText()).contains("Q002_2025-03.json").contains("只能上传本组织及下级组织");
        assertThat(problem.get("english").asText()).contains("Q002_2025-03.json").contains("own organization");
        assertThat(feed.statusCode()).isEqualTo(403);
        assertThat(json.readTree(feed.body()).get("code").asText()).isEqualTo("COMMITTEE_FEED");
        assertThat(WarehouseRows.count(warehouse, "ingest_run")).isEqualTo(runsBefore);
        assertThat(WarehouseRows.count(warehouse, "archived_file")).isEqualTo(filesBefore);
    }

    @Test
    void loadsASecretarysOwnSubmission()
            throws Exception
    {
        ensureSecretary();
        assertThat(upload(new Multipart().file(SmallPark.REGISTRY_NAME, SmallPark.registry())).statusCode()).isEqualTo(200);

        HttpResponse<String> response = uploadAs(SECRETARY, SECRETARY_PASSWORD, new Multipart().file(SmallPark.COMMITTEE_NAME, SmallPark.committee()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = json.readTree(response.body()).get("files").get(0);
        assertThat(file.get("fileName").asText()).isEqualTo(SmallPark.COMMITTEE_NAME);
        assertThat(file.get("outcome").asText()).isIn("LOADED", "DUPLICATE");
        assertThat(WarehouseRows.count(warehouse, "fact_submission")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void answersAnUnknownRunWithAProblem()
            throws Exception
    {
        HttpResponse<String> response = get("/api/ingest/runs/999999/quarantine");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("RUN_NOT_FOUND");
    }

    @Test
    void showsTheHomePage()
            throws Exception
    {
        HttpResponse<String> response = get("/runs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("入库与计算记录").contains("最近的入库批次");
    }

    @Test
    void dropFolderScanFilesWhatItDealtWith()
            throws IOException
    {
        Path inbox = settings.inbox();
        Path branch = inbox.resolve("branch-7");
        Files.createDirectories(branch);
        Path committee = Files.write(branch.resolve(SmallPark.COMMITTEE_NAME), SmallPark.committee());
        Path unnamed = Files.writeString(inbox.resolve("notes.txt"), "not a submission");
        Path empty = Files.write(inbox.resolve("B009_2025-03.xlsx"), new byte[0]);
        Path lonePart = Files.writeString(inbox.resolve("B001_2025-03_组织信息.csv"), "组织代码\n");
        Path fresh = Files.writeString(inbox.resolve("B002_2025-03.json"), "{}");
        FileTime earlier = FileTime.from(Instant.now().minusSeconds(60));
        for (Path file : new Path[] {committee, unnamed, empty, lonePart}) {
            Files.setLastModifiedTime(file, earlier);
        }

        var summary = new DropFolderJob(ingestion, AnalysisRequests.none(), settings).scan().orElseThrow();

        assertThat(summary.files()).hasSize(4);
        String today = LocalDate.now().toString();
        Path processed = inbox.resolve(".processed").resolve(today);
        Path rejected = inbox.resolve(".rejected").resolve(today);
        assertThat(processed.resolve("branch-7").resolve(SmallPark.COMMITTEE_NAME)).exists();
        assertThat(committee).doesNotExist();
        assertThat(rejected.resolve("notes.txt")).exists();
        assertThat(rejected.resolve("notes.txt.txt")).content().contains("文件名不符合报送命名规则").contains("follows none of the naming rules");
        assertThat(rejected.resolve("B009_2025-03.xlsx")).exists();
        assertThat(rejected.resolve("B009_2025-03.xlsx.txt")).content().contains("文件为空").contains("the file is empty");
        assertThat(lonePart).as("a CSV part waits for its siblings").exists();
        assertThat(fresh).as("a file still being copied in is left for the next scan").exists();
        assertThat(unnamed).doesNotExist();
        assertThat(empty).doesNotExist();
    }

    /** The branch secretary of the park committee P001 (whose own submission is SmallPark.committee()). */
    private void ensureSecretary()
    {
        if (!accounts.exists(SECRETARY)) {
            accounts.create(SECRETARY, "P001 书记（测试）", Role.SECRETARY, Optional.of("P001"), SECRETARY_PASSWORD);
        }
    }

    @Test
    void servesTheQuarantineWithoutTheRowsPersonalData()
            throws Exception
    {
        // 钱二 (id number 320501198511202347) with a gender that is not allowed: the row is quarantined.
        byte[] committee = TinyPark.committeeJson("2025-05", "2025-06-03").replace("\"性别\": \"女\"", "\"性别\": \"M\"").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = upload(new Multipart().file(SmallPark.REGISTRY_NAME.replace("2025-03", "2025-05"), SmallPark.registry())
                .file("P001_2025-05.json", committee));
        long runId = json.readTree(uploaded.body()).get("runId").asLong();

        HttpResponse<String> response = get("/api/ingest/runs/" + runId + "/quarantine");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode line = json.readTree(response.body()).get(0);
        assertThat(line.get("rule").asText()).isEqualTo("INVALID_CHOICE");
        assertThat(line.get("chinese").asText()).isEqualTo("人员信息 第2行「性别」：不是允许的取值（值「M」；可选：男 / 女）");
        assertThat(response.body()).doesNotContain("320501198511202347").doesNotContain("钱二").doesNotContain("rawRow");
        assertThat(queries.rawRows(runId)).singleElement().satisfies(row -> {
            assertThat(row.fileName()).isEqualTo("P001_2025-05.json");
            assertThat(row.rowNo()).isEqualTo(line.get("rowNo").asInt());
            assertThat(row.rawRow()).contains("320501198511202347").contains("钱二");
        });
    }

    @Test
    void dropFolderScanRefusesASymbolicLinkAndArchivesNothingItPointsTo()
            throws IOException
    {
        Path outside = Files.createDirectories(data.resolve("outside"));
        Path target = Files.write(outside.resolve("P001_2025-07.json"), TinyPark.committeeJson("2025-07", "2025-08-03").getBytes(StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(settings.inbox().resolve("linked"));
        Path link = Files.createSymbolicLink(folder.resolve("P001_2025-07.json"), target);
        // The link was made just now: a clock a minute ahead lets it settle.
        Clock later = Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(1));

        var summary = new DropFolderJob(ingestion, AnalysisRequests.none(), settings.inbox(), later).scan().orElseThrow();

        assertThat(summary.files()).filteredOn(file -> file.path().equals(link.toString()))
                .extracting(file -> file.outcome() + " " + file.english())
                .singleElement().asString().startsWith("REJECTED File 'P001_2025-07.json' refused: not a regular file");
        Path rejected = settings.inbox().resolve(".rejected").resolve(LocalDate.now(later).toString()).resolve("linked");
        assertThat(Files.isSymbolicLink(rejected.resolve("P001_2025-07.json"))).as("the link itself is filed away").isTrue();
        assertThat(rejected.resolve("P001_2025-07.json.txt")).content().contains("不是普通文件").contains("symbolic link");
        assertThat(target).exists();
        assertThat(WarehouseRows.text(warehouse, "SELECT count(*) FROM archived_file WHERE original_name = 'P001_2025-07.json'")).isEqualTo("0");
    }

    private HttpResponse<String> upload(Multipart multipart)
            throws IOException, InterruptedException
    {
        return uploadAs("admin", ADMIN_PASSWORD, multipart);
    }

    private HttpResponse<String> uploadAs(String username, String password, Multipart multipart)
            throws IOException, InterruptedException
    {
        return send(uploadRequest(multipart).header("Authorization", basic(username, password)).build());
    }

    private HttpRequest.Builder uploadRequest(Multipart multipart)
    {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest/files"))
                .header("Content-Type", multipart.contentType())
                .POST(multipart.body());
    }

    private HttpResponse<String> get(String path)
            throws IOException, InterruptedException
    {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic("admin", ADMIN_PASSWORD)).build());
    }

    private HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException
    {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password)
    {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
