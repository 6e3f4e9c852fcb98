package io.bastion.dashboard.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bastion.dashboard.BastionApplication;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.security.Accounts;
import io.bastion.dashboard.security.Role;
import io.bastion.dashboard.workbench.Snapshot;
import io.bastion.dashboard.workbench.Snapshots;
import io.bastion.sql.Warehouse;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dashboard's and the workbench's benchmarks (not tests), in one run over one warehouse that already has its marts:
 * <ul>
 *   <li>the overview API and one drill-down API (coverage of one 党委's subtree) under N concurrent HTTP clients on
 *   loopback — p50/p95/p99 and requests/s — next to the same mart queries run raw over DuckDB JDBC by N threads (the
 *   queries are captured from jOOQ's own execute log while the API answers once);</li>
 *   <li>the workbench snapshots' publish time;</li>
 *   <li>a typical aggregation through the workbench (HTTP, and its engine alone) next to raw JDBC on the same snapshot;</li>
 *   <li>a 1,000,000-row CSV and .xlsx export streamed over HTTP: time and peak heap;</li>
 *   <li>the overview's latency while a runaway cross join runs in the workbench, next to its latency when idle.</li>
 * </ul>
 * Run: {@code ./mvnw -q -B -pl dashboard -Pdashboard-benchmark verify -Dbenchmark.warehouse=PATH}. The warehouse is
 * opened read-write (it gets the benchmark's users); use a copy.
 */
public final class DashboardBenchmark
{
    private static final String PASSWORD = "benchmark-password";
    private static final String AGGREGATION = "SELECT month_key, unit_category, count(*) AS organizations, sum(member_count) AS members "
            + "FROM fact_organization_report GROUP BY ALL ORDER BY month_key, unit_category";

    private final ConfigurableApplicationContext context;
    private final String base;
    /** One logged-in browser session per client thread (form login, session cookie): what the pages do. */
    private final ThreadLocal<HttpClient> sessions = ThreadLocal.withInitial(() -> login(new java.net.CookieManager()));

    private DashboardBenchmark(ConfigurableApplicationContext context)
    {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args)
            throws Exception
    {
        Path warehouse = Path.of(System.getProperty("benchmark.warehouse"));
        int clients = Integer.getInteger("benchmark.clients", 50);
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        String month = System.getProperty("benchmark.month", "2026-10");
        String parts = System.getProperty("benchmark.parts", "load,publish,workbench,export,runaway");
        Path work = Files.createTempDirectory("bastion-dashboard-benchmark");
        ConfigurableApplicationContext context = BastionApplication.serve(List.of(
                "--server.port=0",
                "--bastion.warehouse=" + warehouse,
                "--bastion.archive=" + work.resolve("archive"),
                "--bastion.inbox=" + work.resolve("inbox"),
                "--bastion.workbench.snapshots=" + work.resolve("snapshots"),
                "--bastion.analysis.after-ingest=false",
                "--bastion.reports.enabled=false",
                "--spring.quartz.auto-startup=false",
                "--logging.level.root=WARN"));
        try {
            DashboardBenchmark benchmark = new DashboardBenchmark(context);
            benchmark.users();
            System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s; warehouse %s (%,d bytes); %d clients, %d s per measurement%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"), warehouse,
                    Files.size(warehouse), clients, duration.toSeconds());
            // The start-up publish runs in the background; wait for it (publish is synchronized) before anything is measured.
            Duration first = context.getBean(Snapshots.class).publish();
            if (parts.contains("load")) {
                benchmark.load(clients, duration, month);
            }
            if (parts.contains("publish")) {
                benchmark.publish(first);
            }
            if (parts.contains("workbench")) {
                benchmark.workbench();
            }
            if (parts.contains("export")) {
                benchmark.export();
            }
            if (parts.contains("runaway")) {
                benchmark.runaway(month);
            }
        }
        finally {
            context.close();
        }
    }

    private void users()
    {
        Accounts accounts = context.getBean(Accounts.class);
        for (Role role : List.of(Role.LEADER, Role.ANALYST)) {
            String name = "bench-" + role.name().toLowerCase(Locale.ROOT);
            if (!accounts.exists(name)) {
                accounts.create(name, name, role, Optional.empty(), PASSWORD);
            }
        }
    }

    // ---- the dashboard's APIs under load, next to their raw queries

    private void load(int clients, Duration duration, String month)
            throws Exception
    {
        OrganizationTree.Snapshot tree = context.getBean(OrganizationTree.class).at(Integer.parseInt(month.replace("-", "")));
        String root = tree.roots(Optional.empty()).get(0).code();
        List<String> paths = List.of("/api/overview?month=" + month, "/api/coverage?month=" + month + "&org=" + root);
        System.out.println();
        System.out.println("Browser sessions (form login, cookie); the answers are kept by MartCache after the first request. Raw: the same SQL, "
                + "captured from jOOQ, run over DuckDB JDBC by as many threads, one connection each.");
        System.out.println("| API | queries | load tool | clients | requests | req/s | p50 ms | p95 ms | p99 ms | raw req/s | raw p50 ms | raw p95 ms | raw p99 ms | p95 ÷ raw p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Warehouse warehouse = context.getBean(Warehouse.class);
        for (String path : paths) {
            List<String> queries = capture(path);
            for (int threads : new int[] {1, clients}) {
                Summary api = hammer(threads, duration, () -> page(path)).summary();
                Optional<Summary> wrk = wrk(path, threads, duration);
                ThreadLocal<Connection> connections = ThreadLocal.withInitial(warehouse::connect);
                Summary raw = hammer(threads, duration, () -> {
                    try (Statement statement = connections.get().createStatement()) {
                        for (String sql : queries) {
                            try (ResultSet rows = statement.executeQuery(sql)) {
                                while (rows.next()) {
                                    rows.getObject(1);
                                }
                            }
                        }
                    }
                }).summary();
                row(path, queries.size(), "HttpClient, same JVM", threads, api, raw);
                wrk.ifPresent(measured -> row(path, queries.size(), "wrk, own process", threads, measured, raw));
            }
        }
    }

    private static void row(String path, int queries, String tool, int threads, Summary api, Summary raw)
    {
        System.out.printf(Locale.ROOT, "| `%s` | %d | %s | %d | %,d | %,.0f | %.1f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.1f | %.2f |%n", path, queries, tool,
                threads, api.requests(), api.perSecond(), api.p50(), api.p95(), api.p99(), raw.perSecond(), raw.p50(), raw.p95(), raw.p99(),
                api.p95() / raw.p95());
    }

    /**
     * The same GETs by wrk (Debian's package; skipped when it is not installed) in its own process, 2 threads, with the
     * cookie of one leader's browser session: the load generator's own CPU is a C event loop rather than Java threads.
     */
    private Optional<Summary> wrk(String path, int connections, Duration duration)
            throws Exception
    {
        Path executable = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(executable)) {
            System.out.println("(wrk is not installed: apt-get install wrk)");
            return Optional.empty();
        }
        Path script = Files.createTempFile("bastion-wrk", ".lua");
        Files.writeString(script, """
                done = function(summary, latency, requests)
                  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
                  io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration, latency:percentile(50),
                      latency:percentile(95), latency:percentile(99), errors))
                end
                """);
        Process process = new ProcessBuilder(executable.toString(), "-t", String.valueOf(Math.min(2, connections)), "-c", String.valueOf(connections),
                "-d", duration.toSeconds() + "s", "-s", script.toString(), "-H", "Cookie: " + sessionCookie(), "-H", "Accept: application/json",
                base + path).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.delete(script);
        java.util.regex.Matcher result = java.util.regex.Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        if (Long.parseLong(result.group(6)) > 0) {
            throw new IllegalStateException("wrk saw errors or non-2xx answers: " + output);
        }
        long requests = Long.parseLong(result.group(1));
        double seconds = Long.parseLong(result.group(2)) / 1e6;
        return Optional.of(new Summary(requests, requests / seconds, Long.parseLong(result.group(3)) / 1e3, Long.parseLong(result.group(4)) / 1e3,
                Long.parseLong(result.group(5)) / 1e3));
    }

    /** A leader's browser session as wrk sends it: the cookie the login form set. */
    private String sessionCookie()
    {
        java.net.CookieManager cookies = new java.net.CookieManager();
        login(cookies);
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the login set no session cookie"));
    }

    /** The SQL jOOQ executes while the API answers one request, bind values inlined, from jOOQ's own debug log. */
    private List<String> capture(String path)
            throws Exception
    {
        Logger logger = (Logger) LoggerFactory.getLogger("org.jooq.tools.LoggerListener");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
        try {
            // A selection not asked before, so the answer is computed (MartCache) and its queries run.
            page(path + (path.contains("?") ? "&" : "?") + "lang=en");
        }
        finally {
            logger.setLevel(level);
            logger.setAdditive(additive);
            logger.detachAppender(appender);
        }
        List<String> queries = new ArrayList<>();
        String pending = null;
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            if (message.startsWith("Executing query")) {
                if (pending != null) {
                    queries.add(pending);
                }
                pending = message.substring(message.indexOf(':') + 1).trim();
            }
            else if (message.startsWith("-> with bind values")) {
                pending = message.substring(message.indexOf(':') + 1).trim();
            }
        }
        if (pending != null) {
            queries.add(pending);
        }
        if (queries.isEmpty()) {
            throw new IllegalStateException("no query captured for " + path);
        }
        return queries;
    }

    // ---- the workbench

    private void publish(Duration first)
    {
        Snapshots snapshots = context.getBean(Snapshots.class);
        List<Long> millis = new ArrayList<>();
        millis.add(first.toMillis());
        for (int i = 0; i < 2; i++) {
            millis.add(snapshots.publish().toMillis());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "snapshot publish (admin.duckdb + analyst.duckdb), 3 runs: %s ms; analyst.duckdb %,d bytes, admin.duckdb %,d bytes%n",
                millis, size(snapshots.files().file(Snapshot.ANALYST)), size(snapshots.files().file(Snapshot.ADMIN)));
    }

    private void workbench()
            throws Exception
    {
        Path analyst = context.getBean(Snapshots.class).files().file(Snapshot.ANALYST);
        String body = "{\"sql\":" + json(AGGREGATION) + ",\"page\":1}";
        int reps = 30;
        for (int i = 0; i < 5; i++) {
            post("/api/workbench/query", body, "application/json", Role.ANALYST);
        }
        long[] overHttp = new long[reps];
        for (int i = 0; i < reps; i++) {
            long started = System.nanoTime();
            post("/api/workbench/query", body, "application/json", Role.ANALYST);
            overHttp[i] = System.nanoTime() - started;
        }
        io.bastion.dashboard.workbench.QueryEngine engine = context.getBean(io.bastion.dashboard.workbench.QueryEngine.class);
        long[] engineOnly = new long[reps];
        for (int i = 0; i < reps; i++) {
            long started = System.nanoTime();
            engine.run(Snapshot.ANALYST, AGGREGATION, new io.bastion.dashboard.workbench.ResultSink()
            {
                @Override
                public void columns(List<Column> columns) {}

                @Override
                public boolean row(Object[] values)
                {
                    return true;
                }
            });
            engineOnly[i] = System.nanoTime() - started;
        }
        long[] raw = new long[reps];
        long[] rawOpen = new long[reps];
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + analyst + ";duckdb.read_only=true")) {
            for (int i = 0; i < reps + 5; i++) {
                long started = System.nanoTime();
                drain(connection, AGGREGATION);
                if (i >= 5) {
                    raw[i - 5] = System.nanoTime() - started;
                }
            }
        }
        for (int i = 0; i < reps; i++) {
            long started = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + analyst + ";duckdb.read_only=true")) {
                drain(connection, AGGREGATION);
            }
            rawOpen[i] = System.nanoTime() - started;
        }
        System.out.println();
        System.out.println("workbench aggregation: `" + AGGREGATION + "`");
        System.out.println("| path | median ms | p90 ms | ÷ raw JDBC |");
        System.out.println("|---|---|---|---|");
        double base = median(raw);
        System.out.printf(Locale.ROOT, "| raw JDBC, one open read-only connection | %.1f | %.1f | 1.0 |%n", base, percentile(raw, 90));
        System.out.printf(Locale.ROOT, "| raw JDBC, a new read-only connection per query | %.1f | %.1f | %.1f |%n", median(rawOpen), percentile(rawOpen, 90),
                median(rawOpen) / base);
        System.out.printf(Locale.ROOT, "| workbench engine (new locked instance, limits, sink) | %.1f | %.1f | %.1f |%n", median(engineOnly),
                percentile(engineOnly, 90), median(engineOnly) / base);
        System.out.printf(Locale.ROOT, "| workbench over HTTP (login, audit log, JSON) | %.1f | %.1f | %.1f |%n", median(overHttp), percentile(overHttp, 90),
                median(overHttp) / base);
    }

    private void export()
            throws Exception
    {
        String sql = "SELECT * FROM fact_person_month LIMIT 1000000";
        System.out.println();
        System.out.println("| export of `" + sql + "` | rows | bytes | seconds | peak heap MB (whole JVM) |");
        System.out.println("|---|---|---|---|---|");
        for (String kind : List.of("csv", "xlsx")) {
            System.gc();
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request("/api/workbench/export." + kind, Role.ANALYST)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long lines = 0;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("export." + kind + " answered " + response.statusCode());
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %,d |%n", kind, kind.equals("csv") ? "%,d".formatted(lines - 1) : "1,000,000", bytes, seconds,
                    peak / (1 << 20));
        }
    }

    /**
     * The overview of a month not asked before (so MartCache computes it: its ~28 mart queries run) — idle, then while a
     * runaway cross join runs in the workbench — one client, the leader's session.
     */
    private void runaway(String month)
            throws Exception
    {
        java.time.YearMonth last = java.time.YearMonth.parse(month);
        // Answers are kept per selection (MartCache), and the load part asked the park's overview of some months: the
        // idle and the busy requests each ask a subtree's overview of 30 months, a different subtree each, so that every
        // answer is computed.
        List<OrganizationTree.Organization> roots = context.getBean(OrganizationTree.class).at(Integer.parseInt(month.replace("-", ""))).roots(Optional.empty());
        String idleRoot = roots.get(roots.size() - 1).code();
        String busyRoot = roots.get(Math.max(0, roots.size() - 2)).code();
        long[] idle = new long[30];
        for (int i = 0; i < idle.length; i++) {
            long t = System.nanoTime();
            page("/api/overview?month=" + last.minusMonths(i) + "&org=" + idleRoot);
            idle[i] = System.nanoTime() - t;
        }
        String cross = "SELECT count(*) FROM fact_person_month a, fact_person_month b WHERE a.person_key <> b.person_key";
        AtomicBoolean done = new AtomicBoolean();
        long started = System.nanoTime();
        CompletableFuture<String> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/api/workbench/query", "{\"sql\":" + json(cross) + ",\"page\":1}", "application/json", Role.ANALYST).body();
            }
            catch (Exception e) {
                return e.toString();
            }
            finally {
                done.set(true);
            }
        });
        Thread.sleep(500);
        List<Long> during = new ArrayList<>();
        while (!done.get() && during.size() < 30) {
            long t = System.nanoTime();
            page("/api/overview?month=" + last.minusMonths(during.size()) + "&org=" + busyRoot);
            during.add(System.nanoTime() - t);
        }
        String outcome = runaway.get();
        double runawaySeconds = (System.nanoTime() - started) / 1e9;
        long[] busy = during.stream().mapToLong(Long::longValue).toArray();
        System.out.println();
        System.out.printf(Locale.ROOT, "runaway `%s`: stopped after %.1f s: %s%n", cross, runawaySeconds,
                outcome.length() > 200 ? outcome.substring(0, 200) + "…" : outcome);
        System.out.println("| overview API of a subtree and month not asked before, one client | requests | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| idle | %d | %.1f | %.1f | %.1f |%n", idle.length, median(idle), percentile(idle, 95), percentile(idle, 100));
        System.out.printf(Locale.ROOT, "| during the runaway query | %d | %.1f | %.1f | %.1f |%n", busy.length, median(busy), percentile(busy, 95), percentile(busy, 100));
    }

    // ---- plumbing

    private record Summary(long requests, double perSecond, double p50, double p95, double p99)
    {
    }

    private record Stats(long[] nanos, double seconds)
    {
        Summary summary()
        {
            return new Summary(count(), perSecond(), p(50), p(95), p(99));
        }

        long count()
        {
            return nanos.length;
        }

        double perSecond()
        {
            return nanos.length / seconds;
        }

        double p(double percentile)
        {
            return percentile(nanos, percentile);
        }
    }

    private interface Call
    {
        void run()
                throws Exception;
    }

    /** Runs {@code call} in a loop on {@code clients} threads for {@code duration}; every call's latency. */
    private static Stats hammer(int clients, Duration duration, Call call)
            throws Exception
    {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] own = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    call.run();
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(own, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Stats(all.stream().flatMapToLong(Arrays::stream).toArray(), seconds);
    }

    private HttpRequest.Builder request(String path, Role role)
    {
        String user = "bench-" + role.name().toLowerCase(Locale.ROOT);
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    /** A client logged in as the leader through the login form, as a browser is: its cookie is the session. */
    private HttpClient login(java.net.CookieManager cookies)
    {
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String body = "username=bench-leader&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.headers().map());
            }
            return client;
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET by the leader's browser session. */
    private void page(String path)
            throws Exception
    {
        HttpResponse<byte[]> response = sessions.get().send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private HttpResponse<String> post(String path, String body, String type, Role role)
            throws Exception
    {
        // A fresh connection: a pooled one may have been closed by the server while a long step ran, and a POST is not retried.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request(path, role).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void drain(Connection connection, String sql)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    private static String json(String text)
    {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long size(Path file)
    {
        try {
            return Files.size(file);
        }
        catch (java.io.IOException e) {
            return -1;
        }
    }

    private static double median(long[] nanos)
    {
        return percentile(nanos, 50);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] nanos, double percentile)
    {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
