package io.bastion.dashboard.workbench;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The workbench's attack list: each statement is refused by DuckDB (read-only snapshot, external access off,
 * configuration locked, limits) with a message in Chinese and English, or is harmless; afterwards the warehouse's
 * tables, the snapshot files and the folders are exactly as before.
 */
class WorkbenchAttackTest
{
    private static final String ATTACK_PREFIX = "bastion-wb-attack";
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    static Path data;

    static Warehouse warehouse;
    static QueryEngine engine;
    static Path warehouseFile;
    static Path analystFile;
    static Path adminFile;

    @BeforeAll
    static void publish()
    {
        warehouse = SmallWarehouse.create(data);
        warehouseFile = warehouse.file();
        Snapshots snapshots = new Snapshots(warehouse, SnapshotFiles.besides(warehouseFile));
        snapshots.publish();
        analystFile = snapshots.files().file(Snapshot.ANALYST);
        adminFile = snapshots.files().file(Snapshot.ADMIN);
        engine = new QueryEngine(snapshots.files(), new WorkbenchLimits(Duration.ofSeconds(2), 1_000, 20_000, "256MB", 1, 1_000), 2);
    }

    @AfterAll
    static void close()
    {
        warehouse.close();
    }

    /** A statement and what it must come to: refused with one of these reasons, or (if none) anything harmless. */
    record Attack(String sql, Set<Refusal> refusals)
    {
        static Attack refused(String sql, Refusal first, Refusal... rest)
        {
            return new Attack(sql, EnumSet.of(first, rest));
        }

        static Attack harmless(String sql)
        {
            return new Attack(sql, Set.of());
        }
    }

    private static List<Attack> attacks()
    {
        String warehousePath = warehouseFile.toString();
        String analystPath = analystFile.toString();
        String adminPath = adminFile.toString();
        String tmp = TMP.resolve(ATTACK_PREFIX).toString();
        String inData = data.resolve(ATTACK_PREFIX).toString();
        List<Attack> attacks = new ArrayList<>(List.of(
                // writes
                Attack.refused("INSERT INTO dim_organization SELECT * FROM dim_organization", Refusal.READ_ONLY),
                Attack.refused("UPDATE fact_enterprise_month SET unit_name = 'x'", Refusal.READ_ONLY),
                Attack.refused("DELETE FROM fact_enterprise_month", Refusal.READ_ONLY),
                Attack.refused("TRUNCATE fact_enterprise_month", Refusal.READ_ONLY),
                Attack.refused("CREATE TABLE stolen AS SELECT * FROM dim_organization", Refusal.READ_ONLY),
                Attack.refused("CREATE VIEW v AS SELECT 1", Refusal.READ_ONLY),
                Attack.refused("CREATE SCHEMA s", Refusal.READ_ONLY),
                Attack.refused("CREATE SEQUENCE q", Refusal.READ_ONLY),
                Attack.refused("CREATE MACRO m(a) AS a + 1", Refusal.READ_ONLY),
                Attack.refused("DROP TABLE fact_enterprise_month", Refusal.READ_ONLY),
                Attack.refused("DROP VIEW oracle_analysed_month", Refusal.READ_ONLY),
                Attack.refused("ALTER TABLE dim_organization ADD COLUMN x INTEGER", Refusal.READ_ONLY),
                Attack.refused("ALTER TABLE dim_organization RENAME TO gone", Refusal.READ_ONLY),
                Attack.refused("COMMENT ON TABLE dim_organization IS 'x'", Refusal.READ_ONLY),
                // files
                Attack.refused("COPY dim_organization TO '" + tmp + ".csv'", Refusal.FILES),
                Attack.refused("COPY (SELECT * FROM fact_enterprise_month) TO '" + inData + ".parquet' (FORMAT parquet)", Refusal.FILES),
                Attack.refused("COPY fact_enterprise_month FROM '/etc/passwd'", Refusal.FILES, Refusal.READ_ONLY),
                Attack.refused("EXPORT DATABASE '" + tmp + "-export'", Refusal.FILES),
                Attack.refused("IMPORT DATABASE '" + data + "'", Refusal.FILES, Refusal.READ_ONLY),
                Attack.refused("SELECT * FROM read_csv('/etc/passwd')", Refusal.FILES),
                Attack.refused("SELECT * FROM read_csv_auto('/etc/passwd', header = false)", Refusal.FILES),
                Attack.refused("SELECT * FROM read_text('/etc/passwd')", Refusal.FILES),
                Attack.refused("SELECT * FROM read_json('/etc/hostname')", Refusal.FILES),
                Attack.refused("SELECT * FROM read_parquet('" + TMP + "/*.parquet')", Refusal.FILES),
                Attack.refused("SELECT * FROM read_blob('" + warehousePath + "')", Refusal.FILES),
                Attack.refused("SELECT * FROM read_blob('" + adminPath + "')", Refusal.FILES),
                // DuckDB lets an instance read its own file: the analyst snapshot, whose bytes hold nothing the analyst may not see
                Attack.harmless("SELECT * FROM read_text('" + analystPath + "')"),
                Attack.harmless("SELECT size FROM read_blob('" + analystPath + "')"),
                Attack.refused("SELECT * FROM glob('/*')", Refusal.FILES),
                Attack.refused("SELECT * FROM glob('" + data + "/**')", Refusal.FILES),
                Attack.refused("SELECT * FROM '" + warehousePath + "'", Refusal.FILES, Refusal.NOT_FOUND, Refusal.INVALID),
                Attack.refused("SELECT * FROM read_csv('https://example.com/x.csv')", Refusal.FILES, Refusal.EXTENSIONS),
                // other databases
                Attack.refused("ATTACH '" + warehousePath + "' AS w (READ_ONLY)", Refusal.FILES, Refusal.DATABASES),
                Attack.refused("ATTACH '" + adminPath + "' AS a", Refusal.FILES, Refusal.DATABASES),
                Attack.refused("ATTACH '" + tmp + ".duckdb' AS x", Refusal.FILES, Refusal.DATABASES),
                Attack.refused("ATTACH ':memory:' AS m", Refusal.DATABASES, Refusal.READ_ONLY),
                Attack.refused("DETACH analyst", Refusal.DATABASES),
                Attack.harmless("SET search_path = 'temp'; DETACH analyst"),
                Attack.refused("USE memory", Refusal.NOT_FOUND, Refusal.DATABASES, Refusal.INVALID),
                Attack.refused("SELECT * FROM admin.restricted.app_user", Refusal.PERSONAL_DATA, Refusal.NOT_FOUND, Refusal.INVALID),
                // extensions
                Attack.refused("INSTALL httpfs", Refusal.FILES, Refusal.EXTENSIONS),
                Attack.refused("FORCE INSTALL httpfs FROM 'http://example.com'", Refusal.FILES, Refusal.EXTENSIONS),
                Attack.refused("LOAD httpfs", Refusal.EXTENSIONS, Refusal.FILES),
                Attack.refused("LOAD '" + tmp + ".duckdb_extension'", Refusal.EXTENSIONS, Refusal.FILES),
                // settings
                Attack.refused("SET enable_external_access = true", Refusal.SETTINGS),
                Attack.refused("SET GLOBAL memory_limit = '100GB'", Refusal.SETTINGS),
                Attack.refused("SET threads = 64", Refusal.SETTINGS),
                Attack.refused("SET lock_configuration = false", Refusal.SETTINGS),
                Attack.refused("SET temp_directory = '" + tmp + "-spill'", Refusal.SETTINGS),
                Attack.refused("RESET enable_external_access", Refusal.SETTINGS),
                Attack.refused("RESET ALL", Refusal.SETTINGS, Refusal.SYNTAX, Refusal.FAILED),
                Attack.refused("PRAGMA profiling_output = '" + tmp + ".json'", Refusal.SETTINGS, Refusal.FILES),
                Attack.harmless("PRAGMA database_size"),
                Attack.harmless("CALL pragma_version()"),
                Attack.harmless("CHECKPOINT"),
                Attack.harmless("VACUUM"),
                Attack.refused("SELECT getenv('HOME')", Refusal.SETTINGS, Refusal.FILES, Refusal.NOT_FOUND, Refusal.INVALID, Refusal.FAILED),
                Attack.harmless("CREATE TEMP TABLE kept AS SELECT * FROM dim_organization"),
                Attack.refused("SELECT * FROM kept", Refusal.NOT_FOUND),
                Attack.harmless("CREATE TEMP MACRO leak(a) AS a + 1"),
                Attack.refused("SELECT leak(1)", Refusal.NOT_FOUND),
                Attack.harmless("CREATE OR REPLACE TEMP VIEW dim_organization AS SELECT 1 AS faked"),
                Attack.harmless("SET search_path = 'temp'; CREATE TABLE x AS SELECT 1 AS a; INSERT INTO x VALUES (2); SELECT * FROM x"),
                // table functions running SQL
                Attack.refused("SELECT * FROM query('DELETE FROM fact_enterprise_month RETURNING *')", Refusal.READ_ONLY, Refusal.INVALID, Refusal.SYNTAX),
                Attack.refused("SELECT * FROM query('SELECT * FROM restricted.person_identity')", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT * FROM query_table('restricted.app_user')", Refusal.PERSONAL_DATA, Refusal.NOT_FOUND),
                // several statements, comments and quoting
                Attack.refused("SELECT 1; DELETE FROM fact_enterprise_month", Refusal.READ_ONLY),
                Attack.refused("SELECT 1; COPY dim_organization TO '" + tmp + "-2.csv'", Refusal.FILES),
                Attack.refused("SELECT 1 /* ; */ ; DROP TABLE dim_organization --", Refusal.READ_ONLY),
                Attack.refused("SELECT 1 -- harmless\n; DROP TABLE dim_organization", Refusal.READ_ONLY),
                Attack.refused("DROP TABLE \"dim_organization\"", Refusal.READ_ONLY),
                Attack.refused("dRoP/**/tAbLe/**/dim_organization", Refusal.READ_ONLY),
                Attack.harmless("SELECT 'x''; DROP TABLE dim_organization; --' AS quoted"),
                Attack.harmless("SELECT $$; DELETE FROM fact_enterprise_month; $$ AS dollar_quoted"),
                // CTEs wrapping writes
                Attack.refused("WITH gone AS (DELETE FROM fact_enterprise_month RETURNING *) SELECT * FROM gone", Refusal.READ_ONLY, Refusal.SYNTAX),
                Attack.refused("WITH o AS (SELECT * FROM dim_organization) INSERT INTO dim_organization SELECT * FROM o", Refusal.READ_ONLY),
                Attack.refused("WITH o AS (SELECT 1) UPDATE fact_enterprise_month SET unit_name = 'x'", Refusal.READ_ONLY, Refusal.SYNTAX),
                // limits
                Attack.refused("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r", Refusal.CANCELLED, Refusal.MEMORY),
                Attack.refused("SELECT count(*) FROM range(1000000000) a, range(1000000000) b", Refusal.CANCELLED, Refusal.MEMORY),
                Attack.refused("SELECT 1" + " ".repeat(30_000), Refusal.TOO_LONG),
                Attack.refused("SELECT " + "1 + ".repeat(5_000) + "1", Refusal.TOO_LONG),
                Attack.harmless("SELECT count(*) FROM fact_enterprise_month WHERE " + "unit_code = 'x' OR ".repeat(500) + "true"),
                Attack.harmless("SELECT repeat('x', 100000000) AS huge"),
                Attack.refused("SELECT repeat('x', 5000000000) AS too_huge", Refusal.MEMORY),
                Attack.refused("SELECT string_agg(repeat('x', 1000), '') FROM range(2000000)", Refusal.MEMORY, Refusal.CANCELLED),
                Attack.refused("SELECT list(repeat('x', 1000)) FROM range(1000000)", Refusal.MEMORY, Refusal.CANCELLED),
                // personal data as a non-admin
                Attack.refused("SELECT * FROM restricted.person_identity", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT name, id_number FROM restricted.person_identity", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT * FROM restricted.organization_secretary", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT password_hash FROM restricted.app_user", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT * FROM restricted.workbench_query", Refusal.PERSONAL_DATA),
                Attack.refused("SELECT * FROM \"restricted\".\"person_identity\"", Refusal.PERSONAL_DATA)));
        return attacks;
    }

    @Test
    void refusesOrDefusesEveryAttackAndChangesNothing()
            throws Exception
    {
        Map<String, String> tablesBefore = SmallWarehouse.fingerprint(warehouse);
        String analystBefore = sha256(analystFile);
        String adminBefore = sha256(adminFile);
        Set<String> dataBefore = listing(data);
        Set<String> tmpBefore = tmpListing();
        Set<String> homeDuckdbBefore = listing(Path.of(System.getProperty("user.home"), ".duckdb"));
        Set<String> workingBefore = listing(Path.of("").toAbsolutePath());

        List<Attack> attacks = attacks();
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(40);
        List<String> wrong = new ArrayList<>();
        for (Attack attack : attacks) {
            String shown = attack.sql().length() > 120 ? attack.sql().substring(0, 120) + "…" : attack.sql();
            try {
                QueryEngine.Outcome outcome = engine.run(Snapshot.ANALYST, attack.sql(), new Discard());
                if (!attack.refusals().isEmpty()) {
                    wrong.add("ran but should be refused as " + attack.refusals() + ": " + shown);
                }
                assertThat(outcome.rows()).isLessThanOrEqualTo(engine.limits().maxRows());
            }
            catch (WorkbenchException refused) {
                assertThat(refused.chinese()).as(shown).containsPattern("\\p{IsHan}").doesNotStartWith("workbench.");
                assertThat(refused.english()).as(shown).matches("[\\x20-\\x7e]+").doesNotStartWith("workbench.");
                if (!attack.refusals().isEmpty() && !attack.refusals().contains(refused.refusal())) {
                    wrong.add("refused as " + refused.refusal() + " (" + refused.detail() + ") but expected " + attack.refusals() + ": " + shown);
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }

        assertThat(SmallWarehouse.fingerprint(warehouse)).isEqualTo(tablesBefore);
        assertThat(sha256(analystFile)).isEqualTo(analystBefore);
        assertThat(sha256(adminFile)).isEqualTo(adminBefore);
        assertThat(listing(data)).isEqualTo(dataBefore);
        assertThat(tmpListing()).isEqualTo(tmpBefore);
        assertThat(listing(Path.of(System.getProperty("user.home"), ".duckdb"))).isEqualTo(homeDuckdbBefore);
        assertThat(listing(Path.of("").toAbsolutePath())).isEqualTo(workingBefore);

        // and the workbench still answers, on a snapshot whose default database nothing could detach
        Rows rows = new Rows();
        engine.run(Snapshot.ANALYST, "SELECT count(*) AS units FROM fact_enterprise_month", rows);
        assertThat(rows.longs()).containsExactly(4L);
    }

    @Test
    void cutsHugeCellsAndStopsAtTheRowLimit()
    {
        Rows rows = new Rows();
        QueryEngine.Outcome huge = engine.run(Snapshot.ANALYST, "SELECT repeat('x', 10000000) AS huge", rows);
        assertThat(huge.rows()).isEqualTo(1);
        assertThat(((String) rows.values.get(0).get(0))).hasSize(engine.limits().maxCellChars() + 1);

        QueryEngine.Outcome many = engine.run(Snapshot.ANALYST, "SELECT * FROM range(1000000)", new Discard());
        assertThat(many.rows()).isEqualTo(engine.limits().maxRows());
        assertThat(many.truncated()).isTrue();
    }

    @Test
    void cancelsARunawayQueryAtItsLimit()
    {
        long started = System.nanoTime();
        try {
            engine.run(Snapshot.ANALYST, "SELECT count(*) FROM fact_enterprise_month a, range(100000000) b, range(100000000) c", new Discard());
            fail("a cross join of 10^16 rows finished within two seconds");
        }
        catch (WorkbenchException e) {
            // Stopped by the engine either way: at the time limit, or earlier at the memory limit on a loaded machine.
            assertThat(e.refusal()).isIn(Refusal.CANCELLED, Refusal.MEMORY);
            if (e.refusal() == Refusal.CANCELLED) {
                assertThat(e.cancelled()).isTrue();
                assertThat(e.chinese()).contains("2 秒");
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theAnalystSnapshotHoldsNoPersonalDataAndTheAdminSnapshotDoes()
            throws IOException
    {
        Rows schemas = new Rows();
        engine.run(Snapshot.ANALYST, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'restricted'", schemas);
        assertThat(schemas.longs()).containsExactly(0L);

        Rows admin = new Rows();
        engine.run(Snapshot.ADMIN, "SELECT name FROM restricted.person_identity ORDER BY person_no", admin);
        assertThat(admin.values).contains(List.of(SmallWarehouse.MEMBER_NAME));

        // not even in the file's free pages: the dropped schema's pages do not survive the second copy
        String adminBytes = new String(Files.readAllBytes(adminFile), UTF_8);
        String analystBytes = new String(Files.readAllBytes(analystFile), UTF_8);
        assertThat(adminBytes).contains(SmallWarehouse.SECRETARY_NAME);
        assertThat(analystBytes).doesNotContain(SmallWarehouse.SECRETARY_NAME).doesNotContain(SmallWarehouse.MEMBER_NAME)
                .doesNotContain(SmallWarehouse.PASSWORD_HASH);

        Rows views = new Rows();
        engine.run(Snapshot.ANALYST, "SELECT count(*) FROM oracle_analysed_month", views);
        assertThat(views.values).hasSize(1);
    }

    private static Set<String> listing(Path folder)
            throws IOException
    {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(folder, 3)) {
            return paths.map(path -> folder.relativize(path).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** What in the shared /tmp could come from these statements (other processes write there too). */
    private static Set<String> tmpListing()
            throws IOException
    {
        try (Stream<Path> paths = Files.list(TMP)) {
            return paths.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(ATTACK_PREFIX) || name.contains(".duckdb") || name.endsWith(".tmp") || name.startsWith("duckdb"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String sha256(Path file)
            throws IOException
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Discard
            implements ResultSink
    {
        @Override
        public void columns(List<Column> columns) {}

        @Override
        public boolean row(Object[] values)
        {
            return true;
        }
    }

    static final class Rows
            implements ResultSink
    {
        final List<List<Object>> values = new ArrayList<>();

        List<Long> longs()
        {
            return values.stream().map(row -> ((Number) row.get(0)).longValue()).toList();
        }

        @Override
        public void columns(List<Column> columns) {}

        @Override
        public boolean row(Object[] row)
        {
            values.add(java.util.Arrays.asList(row));
            return true;
        }
    }
}
