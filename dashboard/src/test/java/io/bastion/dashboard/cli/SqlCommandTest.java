package io.bastion.dashboard.cli;

import io.bastion.dashboard.workbench.CommandLineAudit;
import io.bastion.dashboard.workbench.SmallWarehouse;
import io.bastion.dashboard.workbench.SnapshotFiles;
import io.bastion.dashboard.workbench.Snapshots;
import io.bastion.dashboard.workbench.WorkbenchLog;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./bastion sql} on a real warehouse held open by this process, as the server holds it: the command reads the
 * published analyst snapshot, prints what plain JDBC on the warehouse gives, refuses a write, and every query it ran
 * (answered or refused) reaches the audit log once the server reads the log.
 */
class SqlCommandTest
{
    @TempDir
    static Path data;

    static Warehouse warehouse;
    static SnapshotFiles files;

    @BeforeAll
    static void publish()
    {
        warehouse = SmallWarehouse.create(data);
        files = SnapshotFiles.besides(warehouse.file());
        new Snapshots(warehouse, files).publish();
    }

    @AfterAll
    static void close()
    {
        warehouse.close();
    }

    @Test
    void printsTheSnapshotsAnswerAndEveryQueryReachesTheAuditLog()
            throws Exception
    {
        long organizations = count("SELECT count(*) FROM dim_organization");
        String codes = String.join("\n", strings("SELECT org_code FROM dim_organization ORDER BY org_code"));
        assertThat(organizations).isPositive();

        Run csv = run("sql", "SELECT count(*) AS n FROM dim_organization", "--bastion.warehouse=" + warehouse.file());
        assertThat(csv.status()).isEqualTo(Command.SUCCESS);
        assertThat(csv.out()).isEqualTo("n\n" + organizations + "\n");

        Run table = run("sql", "SELECT org_code FROM dim_organization ORDER BY org_code", "--format", "table", "--bastion.warehouse=" + warehouse.file());
        assertThat(table.status()).isEqualTo(Command.SUCCESS);
        assertThat(table.out()).startsWith("org_code\n").contains(codes).endsWith("(" + organizations + " 行 / rows)\n");

        Run write = run("sql", "DELETE FROM dim_organization", "--bastion.warehouse=" + warehouse.file());
        assertThat(write.status()).isEqualTo(Command.FAILURE);
        assertThat(write.err()).contains("只读").containsIgnoringCase("read-only");
        assertThat(count("SELECT count(*) FROM dim_organization")).isEqualTo(organizations);

        Path folder = files.folder().resolve("cli-audit");
        assertThat(waiting(folder)).hasSize(3);

        WorkbenchLog log = new WorkbenchLog(warehouse, files);
        List<WorkbenchLog.Entry> entries = log.entries(new WorkbenchLog.Filter(Optional.empty(), Optional.empty(), Optional.of(CommandLineAudit.KIND), false, 10));
        assertThat(entries).extracting(WorkbenchLog.Entry::sql)
                .containsExactly("DELETE FROM dim_organization", "SELECT org_code FROM dim_organization ORDER BY org_code", "SELECT count(*) AS n FROM dim_organization");
        assertThat(entries).extracting(WorkbenchLog.Entry::outcome).containsExactly("refused", "ok", "ok");
        assertThat(entries).extracting(WorkbenchLog.Entry::rows).containsExactly(0L, organizations, 1L);
        assertThat(entries).extracting(WorkbenchLog.Entry::username).containsOnly("cli:" + System.getProperty("user.name"));
        assertThat(entries).extracting(WorkbenchLog.Entry::snapshot).containsOnly("analyst");
        assertThat(entries.get(0).message()).startsWith("READ_ONLY");
        assertThat(waiting(folder)).isEmpty();

        // Read again: nothing is logged twice.
        assertThat(log.entries(new WorkbenchLog.Filter(Optional.empty(), Optional.empty(), Optional.of(CommandLineAudit.KIND), false, 10))).hasSize(3);
    }

    @Test
    void anUnreadableEntryIsKeptAndShownAsAFailure()
            throws Exception
    {
        Path folder = Files.createDirectories(files.folder().resolve("cli-audit"));
        Path broken = Files.writeString(folder.resolve("0-broken.json"), "{\"sql\": ", UTF_8);

        WorkbenchLog log = new WorkbenchLog(warehouse, files);
        List<WorkbenchLog.Entry> failed = log.entries(new WorkbenchLog.Filter(Optional.of("cli"), Optional.of("failed"), Optional.empty(), false, 10));

        assertThat(failed).singleElement().satisfies(entry -> assertThat(entry.message()).contains("无法读取").contains("could not be read").contains("0-broken.json.unreadable"));
        assertThat(broken).doesNotExist();
        assertThat(folder.resolve("0-broken.json.unreadable")).hasContent("{\"sql\": ");
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... arguments)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.parse(arguments).run(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
    }

    private static List<Path> waiting(Path folder)
            throws IOException
    {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> file.toString().endsWith(".json")).toList();
        }
    }

    private static long count(String sql)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(String sql)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
