package io.bastion.ingest.load;

import io.bastion.ingest.format.FileName;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated park of four months (one quarter's grades, the demonstration sites and liaison feeds,
 * bad rows and resubmissions) ingested in one run, in one run with its files reversed or shuffled,
 * and in several runs — newest month first, or deliveries shuffled — holds the same facts every time,
 * and derives from them what all the facts at once give.
 */
class GeneratedParkOrderTest
{
    private static final int RUNS_WHEN_SHUFFLED = 6;

    @TempDir
    static Path temp;
    private static Path park;
    private static Path oneRun;

    @BeforeAll
    static void ingestTheParkInOneRun()
            throws IOException, SQLException
    {
        park = temp.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(1, 42, park, YearMonth.of(2026, 10), 4));
        oneRun = ingest("one-run", List.of(List.of(park)));
    }

    @Test
    void theParkHoldsWhatTheComparisonIsAbout()
            throws SQLException
    {
        Map<String, Long> counts = WarehouseComparison.counts(oneRun);

        for (String table : List.of("fact_submission", "fact_person_month", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment",
                "fact_liaison_contact", "dim_organization", "quarantine", "restricted.person_identity_history")) {
            assertThat(counts.get(table)).as(table).isPositive();
        }
        assertThat(counts.get("fact_submission")).as("resubmissions are there").isGreaterThan(counts.get("dim_organization"));
    }

    @Test
    void oneRunWithTheFilesReversedHoldsTheSame()
            throws IOException, SQLException
    {
        List<Path> files = files();
        Collections.reverse(files);

        assertThat(WarehouseComparison.differences(oneRun, ingest("reversed", List.of(files)))).isEmpty();
    }

    @Test
    void oneRunWithTheFilesShuffledHoldsTheSame()
            throws IOException, SQLException
    {
        List<Path> files = files();
        Collections.shuffle(files, new Random(7));

        assertThat(WarehouseComparison.differences(oneRun, ingest("shuffled", List.of(files)))).isEmpty();
    }

    @Test
    void oneRunPerMonthNewestFirstHoldsTheSame()
            throws IOException, SQLException
    {
        // Undated feeds (示范点, 联系点分配) first of all, before any organization they name has reported.
        Map<Integer, List<Path>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (List<Path> delivery : deliveries()) {
            int month = FileName.parse(delivery.get(0).getFileName().toString()).map(FileName::sortMonth).orElse(0);
            byMonth.computeIfAbsent(month, key -> new ArrayList<>()).addAll(delivery);
        }

        assertThat(WarehouseComparison.differences(oneRun, ingest("newest-first", List.copyOf(byMonth.values())))).isEmpty();
    }

    @Test
    void severalRunsOfShuffledDeliveriesHoldTheSame()
            throws IOException, SQLException
    {
        List<List<Path>> deliveries = deliveries();
        Collections.shuffle(deliveries, new Random(11));
        List<List<Path>> runs = new ArrayList<>();
        for (int run = 0; run < RUNS_WHEN_SHUFFLED; run++) {
            runs.add(new ArrayList<>());
        }
        for (int i = 0; i < deliveries.size(); i++) {
            runs.get(i % RUNS_WHEN_SHUFFLED).addAll(deliveries.get(i));
        }

        assertThat(WarehouseComparison.differences(oneRun, ingest("shuffled-runs", runs))).isEmpty();
    }

    /**
     * Ingests each list of files in a run of its own, into a fresh warehouse, and checks that what the loader derived
     * from each transaction's rows is what all the facts give; returns the closed warehouse file.
     */
    private static Path ingest(String name, List<List<Path>> runs)
            throws SQLException
    {
        try (TestWarehouse warehouse = new TestWarehouse(temp.resolve(name))) {
            for (List<Path> run : runs) {
                RunSummary summary = warehouse.ingest(run);
                assertThat(summary.status()).isEqualTo("SUCCEEDED");
                assertThat(summary.files()).as("no CSV part waits for a sibling in another run")
                        .noneMatch(file -> file.outcome() == FileOutcome.Outcome.WAITING);
            }
            assertThat(DerivedTables.differences(warehouse.warehouse())).as(name).isEmpty();
            return warehouse.file();
        }
    }

    /** The park's files, the manifest left out. */
    private static List<Path> files()
            throws IOException
    {
        try (Stream<Path> walk = Files.walk(park)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).filter(file -> FileName.parse(file.getFileName().toString()).isPresent()).sorted().toList());
        }
    }

    /** The park's files as they must arrive together: a CSV submission's three parts, every other file alone. */
    private static List<List<Path>> deliveries()
            throws IOException
    {
        Map<String, List<Path>> deliveries = new LinkedHashMap<>();
        for (Path file : files()) {
            FileName name = FileName.parse(file.getFileName().toString()).orElseThrow();
            String key = name.csvPart().isPresent() ? file.getParent() + "|" + name.key() : file.toString();
            deliveries.computeIfAbsent(key, ignored -> new ArrayList<>()).add(file);
        }
        return new ArrayList<>(deliveries.values());
    }
}
