package io.bastion.analytics.handparks;

import io.bastion.analytics.job.AnalysisJob;
import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.lake.LakeExport;
import io.bastion.analytics.lake.LakeSnapshot;
import io.bastion.analytics.lake.TestRuns;
import io.bastion.analytics.testing.TestSpark;
import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.assertj.core.groups.Tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A hand-built park in a real DuckDB warehouse file: its files go through the real ingestion, and its KPIs are
 * read from either implementation ({@link KpiSource}) with every value in a form a hand-worked number can equal.
 */
final class HandParkWarehouse
        implements AutoCloseable
{
    private final Path folder;
    private final Warehouse warehouse;
    private final Ingestion ingestion;
    private final AnalysisSettings settings;

    private final Set<KpiSource> prepared = EnumSet.noneOf(KpiSource.class);

    /** A park with the default rules, which its warehouse does not hold: the oracle falls back to them. */
    HandParkWarehouse(Path folder)
    {
        this(folder, Optional.empty());
    }

    /** A park with rules of its own, recorded in its warehouse as the analysis runner records them, and given to the Spark job. */
    HandParkWarehouse(Path folder, AnalysisSettings rules)
    {
        this(folder, Optional.of(rules));
    }

    private HandParkWarehouse(Path folder, Optional<AnalysisSettings> rules)
    {
        this.folder = folder;
        this.warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        this.ingestion = new Ingestion(warehouse, IngestSettings.defaults(folder.resolve("archive")));
        this.settings = rules.orElse(AnalysisSettings.defaults());
        rules.ifPresent(this::record);
    }

    private void record(AnalysisSettings rules)
    {
        try (Connection connection = warehouse.connect()) {
            TestRuns.recordRules(connection, rules.partyLecturesPerQuarter());
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("hand park rules", e);
        }
    }

    /** An empty inbox for one ingestion run; write the park's files into it, then {@link #ingest} it. */
    ParkFiles inbox(String name)
    {
        return new ParkFiles(folder.resolve("inbox-" + name));
    }

    /**
     * Ingests an inbox in one run. A hand park is meant to be valid: a refused file or a quarantined row is a
     * mistake in the test's data, so it stops the test with what ingestion said.
     */
    void ingest(ParkFiles inbox)
    {
        RunSummary summary = ingestion.ingest(List.of(inbox.folder()), "test", IngestionListener.SILENT);
        List<String> problems = new ArrayList<>();
        for (FileOutcome file : summary.files()) {
            if ((file.outcome() != Outcome.LOADED && file.outcome() != Outcome.SUPERSEDED) || file.rowsRejected() > 0) {
                problems.add(file.fileName() + ": " + file.outcome() + " " + file.english());
            }
        }
        if (summary.rowsRejected() > 0) {
            problems.addAll(quarantine());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("手工园区的文件未能全部入库 / the hand park's files did not all load:\n" + String.join("\n", problems));
        }
        prepared.clear();
    }

    /**
     * Runs the analysis (lake export, Spark job, load of the marts) on this warehouse, as the product does after an
     * ingestion, with the tests' one local Spark session.
     */
    void analyzeWithSpark()
    {
        try (Connection connection = warehouse.connect()) {
            LakeSnapshot lake = LakeExport.export(connection, folder.resolve("lake"));
            Path marts = folder.resolve("marts-" + System.nanoTime());
            AnalysisJob.run(TestSpark.session(), lake.directory().toString(), marts.toString(), settings, OptionalInt.empty());
            // the runner's bookkeeping and mart load; the runner itself would start the job as a child process
            TestRuns.load(connection, marts, "hand park", LocalDateTime.now());
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("hand park analysis", e);
        }
    }

    /**
     * The rows of a KPI family as tuples of the given columns, from the given source: {@code family} is the mart's
     * name without its prefix ({@code coverage}), {@code rest} the WHERE/ORDER BY that follows. Integers come back as
     * Integer, DOUBLE and DECIMAL values as {@link Values#decimal} does them, dates as LocalDate.
     */
    List<Tuple> rows(KpiSource source, String family, String columns, String rest)
    {
        if (!prepared.contains(source)) {
            // Marked only once it worked: a failed analysis must fail every test that reads it, not leave empty marts behind.
            source.prepare(this);
            prepared.add(source);
        }
        String sql = "SELECT " + columns + " FROM " + source.relation(family) + " " + rest;
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int width = rows.getMetaData().getColumnCount();
            List<Tuple> result = new ArrayList<>();
            while (rows.next()) {
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    values[i] = comparable(rows.getObject(i + 1));
                }
                result.add(new Tuple(values));
            }
            return result;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }

    /** The pseudonymous key ingestion gave the person with this 人员编号 (the marts name people by it). */
    int personKey(String personNo)
    {
        String sql = "SELECT person_key FROM restricted.person_identity WHERE person_no = ?";
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, personNo);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no person " + personNo);
                }
                return Math.toIntExact(rows.getLong(1));
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }

    private List<String> quarantine()
    {
        String sql = "SELECT table_name || ' row ' || row_no || ' ' || coalesce(column_name, '') || ': ' || rule || ' ' || message_en FROM quarantine";
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }

    /** One representation per kind of value, so a row read from DuckDB equals a tuple written by hand. */
    private static Object comparable(Object value)
    {
        if (value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return Math.toIntExact(((Number) value).longValue());
        }
        if (value instanceof Double number) {
            return Values.decimal(BigDecimal.valueOf(number));
        }
        if (value instanceof Float number) {
            return Values.decimal(BigDecimal.valueOf(number.doubleValue()));
        }
        if (value instanceof BigDecimal number) {
            return Values.decimal(number);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value;
    }

    @Override
    public void close()
    {
        warehouse.close();
    }
}
