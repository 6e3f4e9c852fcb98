package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Simulates parks (one per unit of scale) over the settings' months and writes what their senders
 * would send — branch submissions, the registry and the committee's feeds — with a manifest of
 * what a correct ingestion must produce. The same settings always give the same bytes.
 */
public final class ParkGenerator
{
    private static final List<Rule> GENERATED_RULES = List.of(
            Rule.INVALID_DATE, Rule.INVALID_CHOICE, Rule.ID_NUMBER_CHECK_DIGIT, Rule.BIRTH_DATE_MISMATCH, Rule.UNIT_CODE_CHECK_DIGIT,
            Rule.STAGE_DATES_REVERSED, Rule.STAGE_DATES_INCONSISTENT, Rule.UNDER_AGE_AT_APPLICATION, Rule.ATTENDED_EXCEEDS_EXPECTED,
            Rule.EVENT_OUTSIDE_MONTH, Rule.UNKNOWN_UNIT);
    private static final int MISMATCHED_FILES_PER_PARK = 2;

    private ParkGenerator() {}

    public static Manifest generate(GeneratorSettings settings)
    {
        requireEmpty(settings.out());
        Dice root = new Dice(settings.seed());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < settings.months(); i++) {
            months.add(settings.firstMonth().plusMonths(i));
        }
        int scale = settings.scale();
        List<Park> parks = new ArrayList<>();
        List<ParkSimulation> simulations = new ArrayList<>();
        for (int number = 1; number <= scale; number++) {
            Park park = new Park(number, root.split());
            new ParkBuilder(park, settings.firstMonth()).build();
            parks.add(park);
            simulations.add(new ParkSimulation(park));
        }
        GradesFeed grades = new GradesFeed(root.split());
        grades.initialize(parks);
        LiaisonFeeds liaison = new LiaisonFeeds(root.split());
        liaison.chooseSites(parks, months, grades);
        RegistryFeed registry = new RegistryFeed(root.split());
        Dice planning = root.split();
        int[] mismatched = BadFeedRows.spread(MISMATCHED_FILES_PER_PARK * scale, months.size(), 1, planning);
        int[] badRegistryRows = BadFeedRows.spread(RegistryFeed.BAD_ROWS_PER_PARK * scale, months.size(), 1, planning);
        List<Integer> quarterEnds = new ArrayList<>();
        for (int index = 0; index < months.size(); index++) {
            if (months.get(index).getMonthValue() % 3 == 0) {
                quarterEnds.add(index);
            }
        }
        int[] badGradeRows = BadFeedRows.spread(GradesFeed.BAD_ROWS_PER_PARK * scale, quarterEnds.size(), 0, planning);
        Dice mismatchDice = root.split();
        Defects defects = new Defects(root.split());

        OutputTally tally = new OutputTally();
        OutputWriter writer = new OutputWriter(settings.out(), tally);
        ExpectedCounts expected = new ExpectedCounts();
        // Month by month, writing as we go: a province-sized run must not hold 36 months of rows in memory.
        for (int index = 0; index < months.size(); index++) {
            YearMonth month = months.get(index);
            List<Submission> submissions = new ArrayList<>();
            for (ParkSimulation simulation : simulations) {
                submissions.addAll(simulation.run(month));
            }
            markMismatched(submissions, mismatched[index], mismatchDice);
            submissions.replaceAll(submission -> submission.rejected() ? submission : defects.inject(submission));
            submissions.forEach(writer::write);
            expected.addMonth(submissions);
            write(registry.file(parks, month, index == 0, referencedUnits(submissions), badRegistryRows[index]), writer, expected);
            int quarter = quarterEnds.indexOf(index);
            if (quarter >= 0) {
                write(grades.file(parks, month, badGradeRows[quarter]), writer, expected);
            }
        }
        liaison.files(months, scale).forEach(feed -> write(feed, writer, expected));
        liaison.targets(months, scale).forEach(feed -> write(feed, writer, expected));

        Map<String, Long> badRows = new LinkedHashMap<>();
        for (Rule rule : GENERATED_RULES) {
            badRows.put(rule.name(), tally.badRows.getOrDefault(rule, 0L));
        }
        Manifest manifest = new Manifest(
                scale,
                settings.seed(),
                settings.endMonth().toString(),
                settings.months(),
                fileCounts(tally),
                rowsWritten(tally),
                new Manifest.NormalizedDates(
                        tally.messyDates.getOrDefault(DateStyle.SLASHES, 0L),
                        tally.messyDates.getOrDefault(DateStyle.CHINESE, 0L),
                        tally.messyDates.getOrDefault(DateStyle.EXCEL_SERIAL, 0L),
                        tally.messyDates.getOrDefault(DateStyle.EXCEL_DATE_CELL, 0L)),
                badRows,
                expected.result(badRows));
        writer.writeManifest(manifest);
        return manifest;
    }

    private static void write(FeedFile feed, OutputWriter writer, ExpectedCounts expected)
    {
        writer.write(feed);
        expected.addFeed(feed);
    }

    /**
     * A couple of files per park whose content names the month before the one in their name: the
     * whole file is refused, so the branch counts as not having reported that month.
     */
    private static void markMismatched(List<Submission> submissions, int count, Dice dice)
    {
        Map<String, Integer> sends = new HashMap<>();
        for (Submission submission : submissions) {
            sends.merge(submission.organizationCode() + "_" + submission.month(), 1, Integer::sum);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            if (submission.organization().kind.isBranch()
                    && submission.organization().format != SubmissionFormat.CSV
                    && sends.get(submission.organizationCode() + "_" + submission.month()) == 1) {
                candidates.add(i);
            }
        }
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            int index = candidates.remove(dice.between(0, candidates.size() - 1));
            Submission submission = submissions.get(index);
            Row contradicting = submission.organizationRow().with(SubmissionRows.REPORT_MONTH, submission.month().minusMonths(1).toString());
            submissions.set(index, submission.withPlacement(Submission.Placement.MISMATCHED, contradicting));
        }
    }

    /** Every unit code the month's submissions name: covered units and people's units. */
    private static Set<String> referencedUnits(List<Submission> submissions)
    {
        Set<String> codes = new HashSet<>();
        for (Submission submission : submissions) {
            for (Organization.CoveredUnit unit : submission.organization().coveredUnits) {
                codes.add(unit.enterprise().unitCode);
            }
            for (Row row : submission.people()) {
                codes.add((String) row.value(SubmissionRows.UNIT_CODE));
            }
        }
        return codes;
    }

    private static Manifest.FileCounts fileCounts(OutputTally tally)
    {
        long xlsx = tally.files.getOrDefault(SubmissionFormat.XLSX, 0L);
        long csv = tally.files.getOrDefault(SubmissionFormat.CSV, 0L);
        long json = tally.files.getOrDefault(SubmissionFormat.JSON, 0L);
        return new Manifest.FileCounts(xlsx, csv, json, xlsx + csv + json);
    }

    private static Map<String, Long> rowsWritten(OutputTally tally)
    {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (InputTable table : InputTable.values()) {
            rows.put(table.sheetName(), tally.rows.getOrDefault(table, 0L));
        }
        return rows;
    }

    private static void requireEmpty(Path out)
    {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException("out " + out + " is a file; give a folder for the simulated park");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("out " + out + " is not empty; give an empty or new folder so old files do not mix with new ones");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out, e);
        }
    }
}
