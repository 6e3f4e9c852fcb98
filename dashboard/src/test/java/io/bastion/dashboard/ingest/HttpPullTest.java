package io.bastion.dashboard.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.bastion.dashboard.BastionSettings.HttpSource;
import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.RunSummary;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Pulls from a real HTTP server on the loopback interface into a real DuckDB warehouse. */
class HttpPullTest
{
    // SHA-256 of SmallPark.registry(), computed with sha256sum, not by the code under test.
    private static final String REGISTRY_SHA256 = "6152022e883e75a1ba40ddd7189b5095bdb3bd2a1c9847c0e5b284c85edbc603";

    @TempDir
    Path temp;
    private Warehouse warehouse;
    private Ingestion ingestion;
    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    /** Paths the server answers with HTTP 500 for now. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start()
            throws IOException
    {
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        ingestion = new Ingestion(warehouse, IngestSettings.defaults(temp.resolve("archive")));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stop()
    {
        server.stop(0);
        warehouse.close();
    }

    @Test
    void pullsNewFilesOnceAndIngestsThem()
    {
        served.put("/files/registry.csv", SmallPark.registry());
        served.put("/committee/" + SmallPark.COMMITTEE_NAME, SmallPark.committee());
        served.put("/listing.json", """
                {"files": [
                  {"name": "%s", "url": "files/registry.csv", "sha256": "%s"},
                  {"name": "%s", "url": "%s"},
                  {"name": "../escape.xlsx", "url": "files/registry.csv"}
                ]}
                """.formatted(SmallPark.REGISTRY_NAME, REGISTRY_SHA256, SmallPark.COMMITTEE_NAME,
                base() + "/committee/" + SmallPark.COMMITTEE_NAME).getBytes(StandardCharsets.UTF_8));
        HttpPull pull = new HttpPull(source(), ingestion, new PulledFiles(warehouse), IngestSettings.DEFAULT_MAX_FILE_BYTES);

        RunSummary first = pull.pull().orElseThrow();

        assertThat(first.files()).extracting(file -> file.fileName() + " " + file.outcome())
                .containsExactlyInAnyOrder(SmallPark.REGISTRY_NAME + " LOADED", SmallPark.COMMITTEE_NAME + " LOADED");
        assertThat(WarehouseRows.count(warehouse, "fact_enterprise_month")).isEqualTo(4);
        assertThat(WarehouseRows.count(warehouse, "fact_submission")).isEqualTo(1);
        assertThat(WarehouseRows.count(warehouse, "pulled_file")).isEqualTo(2);
        assertThat(requested).doesNotContain("/escape.xlsx");

        requested.clear();
        long runs = WarehouseRows.count(warehouse, "ingest_run");

        assertThat(pull.pull()).isEmpty();
        assertThat(requested).as("a listed sha256 already pulled is not downloaded again").doesNotContain("/files/registry.csv");
        assertThat(WarehouseRows.count(warehouse, "ingest_run")).isEqualTo(runs);
        assertThat(WarehouseRows.count(warehouse, "pulled_file")).isEqualTo(2);
    }

    @Test
    void refusesAFileLargerThanTheLimitWhileStreaming()
    {
        served.put("/files/registry.csv", SmallPark.registry());
        served.put("/listing.json", """
                {"files": [{"name": "%s", "url": "files/registry.csv"}]}
                """.formatted(SmallPark.REGISTRY_NAME).getBytes(StandardCharsets.UTF_8));
        HttpPull pull = new HttpPull(source(), ingestion, new PulledFiles(warehouse), 100);

        assertThat(pull.pull()).isEmpty();
        assertThat(WarehouseRows.count(warehouse, "archived_file")).isZero();
        assertThat(WarehouseRows.count(warehouse, "pulled_file")).isZero();
    }

    @Test
    void recordsAFailedDownloadInTheRunAndFetchesItAtTheNextPull()
    {
        served.put("/files/registry.csv", SmallPark.registry());
        served.put("/listing.json", """
                {"files": [{"name": "%s", "url": "files/registry.csv"}]}
                """.formatted(SmallPark.REGISTRY_NAME).getBytes(StandardCharsets.UTF_8));
        failing.add("/files/registry.csv");
        HttpPull pull = new HttpPull(source(), ingestion, new PulledFiles(warehouse), IngestSettings.DEFAULT_MAX_FILE_BYTES);

        RunSummary failed = pull.pull().orElseThrow();

        assertThat(failed.files()).isEmpty();
        assertThat(WarehouseRows.text(warehouse, "SELECT source || ' ' || status FROM ingest_run WHERE run_id = " + failed.runId())).isEqualTo("http-pull SUCCEEDED");
        assertThat(WarehouseRows.text(warehouse, "SELECT message FROM ingest_run WHERE run_id = " + failed.runId()))
                .contains("下载失败").contains("HTTP 500").contains(base() + "/files/registry.csv").contains("retried at the next pull");
        assertThat(WarehouseRows.text(warehouse, "SELECT source_name || ' ' || remote_name || ' ' || url || ' ' || error_en FROM pull_failure WHERE run_id = "
                + failed.runId())).isEqualTo("branches " + SmallPark.REGISTRY_NAME + " " + base() + "/files/registry.csv the download failed: the server answered HTTP 500");
        assertThat(WarehouseRows.count(warehouse, "pulled_file")).isZero();

        failing.clear();
        RunSummary retried = pull.pull().orElseThrow();

        assertThat(retried.files()).extracting(file -> file.fileName() + " " + file.outcome()).containsExactly(SmallPark.REGISTRY_NAME + " LOADED");
        assertThat(WarehouseRows.count(warehouse, "pulled_file")).isEqualTo(1);
        assertThat(WarehouseRows.count(warehouse, "pull_failure")).isEqualTo(1);
    }

    @Test
    void startsTheSparkDriverWithTheIngestionOfDownloadsButNotForARunThatOnlyRecordsFailures()
    {
        List<String> said = new CopyOnWriteArrayList<>();
        AnalysisRequests requests = new AnalysisRequests(Optional.empty(), () -> said.add("start driver"), () -> said.add("release driver"),
                () -> said.add("data changed"), () -> said.add("publish snapshots"));
        served.put("/files/registry.csv", SmallPark.registry());
        served.put("/listing.json", """
                {"files": [{"name": "%s", "url": "files/registry.csv"}]}
                """.formatted(SmallPark.REGISTRY_NAME).getBytes(StandardCharsets.UTF_8));
        HttpPull pull = new HttpPull(source(), ingestion, new PulledFiles(warehouse), IngestSettings.DEFAULT_MAX_FILE_BYTES, requests);

        failing.add("/listing.json");
        pull.pull().orElseThrow();
        assertThat(said).as("an unreadable listing").containsExactly("data changed", "release driver");

        said.clear();
        failing.clear();
        failing.add("/files/registry.csv");
        pull.pull().orElseThrow();
        assertThat(said).as("only a failed download").containsExactly("data changed", "release driver");

        said.clear();
        failing.clear();
        RunSummary loaded = pull.pull().orElseThrow();
        assertThat(loaded.rowsLoaded()).isEqualTo(4);
        assertThat(said).as("a download to load").containsExactly("start driver", "data changed", "publish snapshots");
    }

    @Test
    void recordsAListingThatCannotBeRead()
    {
        failing.add("/listing.json");
        served.put("/listing.json", "{}".getBytes(StandardCharsets.UTF_8));

        RunSummary failed = new HttpPull(source(), ingestion, new PulledFiles(warehouse), IngestSettings.DEFAULT_MAX_FILE_BYTES).pull().orElseThrow();

        assertThat(WarehouseRows.text(warehouse, "SELECT remote_name || ' ' || error_zh FROM pull_failure WHERE run_id = " + failed.runId()))
                .startsWith(HttpPull.LISTING + " 无法读取文件清单").contains("HTTP 500");
    }

    private HttpSource source()
    {
        return new HttpSource("branches", URI.create(base() + "/listing.json"), "0 0 * * * ?");
    }

    private String base()
    {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange)
            throws IOException
    {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        if (failing.contains(path)) {
            byte[] error = "internal error".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, error.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(error);
            }
            return;
        }
        byte[] body = served.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        // Chunked (no Content-Length), so the size limit must hold while streaming.
        exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
