package io.bastion.ingest.load;

import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.RejectedRow;
import io.bastion.ingest.validation.ValidRows;
import io.bastion.ingest.validation.ValidatedTables;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a batch of validated deliveries in one DuckDB transaction, with DOMAIN.md's semantics: the
 * submission with the latest 报送日期 for an organization and month is in force (on a tie, the later
 * arrival), a feed file replaces the earlier one with the same name. All statements that delete
 * run first; then the appenders write the new rows inside the same transaction; then the type-2
 * dimensions and admission events are rebuilt for the keys touched.
 */
final class BatchLoader
{
    private static final String CURRENT_SUBMISSIONS = """
            SELECT submission_id, org_code, month_key, submitted_on
            FROM fact_submission
            WHERE is_current AND month_key BETWEEN ? AND ?
            """;
    private static final String SUPERSEDE = "UPDATE fact_submission SET is_current = false, superseded_by = ? WHERE submission_id = ?";
    private static final String[] DELETE_REPLACED = {
            "INSERT INTO scratch_person SELECT person_key FROM fact_person_month WHERE submission_id IN (SELECT id FROM scratch_id)",
            "INSERT INTO scratch_key SELECT 'org', org_code FROM fact_organization_report WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_organization_report WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_coverage_link WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_person_month WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_organization_life WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM restricted.organization_secretary WHERE submission_id IN (SELECT id FROM scratch_id)",
    };
    private static final String ADMISSION_EVENTS_DELETE = "DELETE FROM fact_admission_event WHERE person_key IN (SELECT person_key FROM scratch_person)";
    /** Each person's stage dates, read from their latest current roster row (latest month, then latest 报送日期). */
    private static final String ADMISSION_EVENTS = """
            INSERT INTO fact_admission_event
            WITH latest AS (
                SELECT p.*
                FROM fact_person_month p JOIN fact_submission s USING (submission_id)
                WHERE p.person_key IN (SELECT DISTINCT person_key FROM scratch_person)
                QUALIFY row_number() OVER (PARTITION BY p.person_key ORDER BY p.month_key DESC, s.submitted_on DESC, p.submission_id DESC) = 1),
            events AS (
                SELECT person_key, '入党申请人' AS stage, applied_on AS event_date, org_code, submission_id, run_id, file_id FROM latest WHERE applied_on IS NOT NULL
                UNION ALL
                SELECT person_key, '入党积极分子', activist_on, org_code, submission_id, run_id, file_id FROM latest WHERE activist_on IS NOT NULL
                UNION ALL
                SELECT person_key, '发展对象', candidate_on, org_code, submission_id, run_id, file_id FROM latest WHERE candidate_on IS NOT NULL
                UNION ALL
                SELECT person_key, '预备党员', joined_on, org_code, submission_id, run_id, file_id FROM latest WHERE joined_on IS NOT NULL
                UNION ALL
                SELECT person_key, '正式党员', full_on, org_code, submission_id, run_id, file_id FROM latest WHERE full_on IS NOT NULL)
            SELECT person_key, stage, event_date, year(event_date) * 100 + month(event_date), org_code, submission_id, run_id, file_id
            FROM events
            """;

    /** Rebuilds what is derived from the facts, for the keys the transaction touched. */
    private static final String[] REBUILD_DERIVED = {
            TypeTwoDimension.ORGANIZATION.delete(), TypeTwoDimension.ORGANIZATION.rebuild(),
            TypeTwoDimension.ENTERPRISE.delete(), TypeTwoDimension.ENTERPRISE.rebuild(),
            ADMISSION_EVENTS_DELETE, ADMISSION_EVENTS,
    };

    private final DuckDBConnection connection;
    private final PersonDirectory persons;

    BatchLoader(DuckDBConnection connection, PersonDirectory persons)
    {
        this.connection = connection;
        this.persons = persons;
    }

    /**
     * Loads the batch and returns each file's outcome; {@code existingFileIds} maps the identity
     * (name and hash) of parts already archived by an earlier run (a CSV part resent unchanged) to their file ids.
     */
    List<FileOutcome> load(long runId, String source, List<Delivery> batch, Map<String, Long> existingFileIds, RunLog.Progress progress, RunLog runLog,
            IngestionListener listener)
            throws SQLException
    {
        connection.setAutoCommit(false);
        try {
            execute("DELETE FROM scratch_key", "DELETE FROM scratch_id", "DELETE FROM scratch_person");
            LocalDateTime receivedAt = LocalDateTime.now();
            // Identity maps: a delivery's record equality would hash every row it holds.
            Map<Delivery, Outcome> outcomes = new IdentityHashMap<>();
            Map<Delivery, Long> submissionIds = new IdentityHashMap<>();
            List<Replacement> replacements = new ArrayList<>();
            Map<Delivery, OutcomeMessages.Reason> reasons = new IdentityHashMap<>();
            decideFeeds(batch, outcomes, reasons);
            decideSubmissions(batch, outcomes, submissionIds, replacements, reasons);
            replace(replacements);
            deleteReplacedFeeds(batch, outcomes);
            try (Appenders appenders = new Appenders(connection)) {
                Map<Part, Long> fileIds = registerFiles(appenders, runId, source, batch, outcomes, existingFileIds, receivedAt);
                for (Delivery delivery : batch) {
                    Outcome outcome = outcomes.get(delivery);
                    if (delivery.kind() == FileKind.BRANCH_SUBMISSION && delivery.loadable()) {
                        appendSubmission(appenders, runId, delivery, fileIds, submissionIds.get(delivery), outcome, replacements, receivedAt);
                    }
                    else if (outcome == Outcome.LOADED) {
                        FeedAppender.append(appenders, runId, fileIds.get(delivery.parts().get(0)), delivery);
                    }
                    appendQuarantine(appenders, runId, delivery, fileIds);
                }
            }
            execute(REBUILD_DERIVED);
            List<FileOutcome> result = outcomes(batch, outcomes, reasons);
            runLog.progress(connection, runId, progress.plus(result));
            listener.reached(IngestionListener.Stage.BEFORE_COMMIT);
            connection.commit();
            return result;
        }
        catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    /** Of feed files with the same name in one batch, the last one arrived is loaded. */
    private static void decideFeeds(List<Delivery> batch, Map<Delivery, Outcome> outcomes, Map<Delivery, OutcomeMessages.Reason> reasons)
    {
        Map<String, Delivery> latest = new HashMap<>();
        for (Delivery delivery : batch) {
            if (delivery.kind() != FileKind.BRANCH_SUBMISSION && delivery.loadable()) {
                latest.put(delivery.kind() + "/" + delivery.name().key(), delivery);
            }
        }
        for (Delivery delivery : batch) {
            if (delivery.kind() == FileKind.BRANCH_SUBMISSION) {
                continue;
            }
            if (!delivery.loadable()) {
                outcomes.put(delivery, Outcome.REJECTED);
            }
            else {
                boolean last = latest.get(delivery.kind() + "/" + delivery.name().key()) == delivery;
                outcomes.put(delivery, last ? Outcome.LOADED : Outcome.SUPERSEDED);
                if (!last) {
                    reasons.put(delivery, OutcomeMessages.SUPERSEDED_FEED);
                }
            }
        }
    }

    private void decideSubmissions(List<Delivery> batch, Map<Delivery, Outcome> outcomes, Map<Delivery, Long> submissionIds, List<Replacement> replacements,
            Map<Delivery, OutcomeMessages.Reason> reasons)
            throws SQLException
    {
        List<Delivery> submissions = batch.stream().filter(d -> d.kind() == FileKind.BRANCH_SUBMISSION).toList();
        for (Delivery delivery : submissions) {
            if (!delivery.loadable()) {
                outcomes.put(delivery, Outcome.REJECTED);
            }
        }
        List<Delivery> loadable = submissions.stream().filter(Delivery::loadable).toList();
        if (loadable.isEmpty()) {
            return;
        }
        long[] ids = Sequences.next(connection, "submission_seq", loadable.size());
        for (int i = 0; i < loadable.size(); i++) {
            submissionIds.put(loadable.get(i), ids[i]);
        }
        Map<String, Candidate> current = currentSubmissions(loadable);
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        for (Delivery delivery : loadable) {
            ValidRows.Organization organization = delivery.tables().orElseThrow().organization().orElseThrow();
            candidates.computeIfAbsent(delivery.name().key(), key -> new ArrayList<>())
                    .add(new Candidate(submissionIds.get(delivery), organization.submittedOn(), delivery.sequence(), Optional.of(delivery)));
        }
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            List<Candidate> all = new ArrayList<>(entry.getValue());
            Optional<Candidate> existing = Optional.ofNullable(current.get(entry.getKey()));
            existing.ifPresent(all::add);
            Candidate winner = all.stream().max(Candidate.LATER).orElseThrow();
            for (Candidate candidate : entry.getValue()) {
                outcomes.put(candidate.delivery().orElseThrow(), candidate == winner ? Outcome.LOADED : Outcome.SUPERSEDED);
                if (candidate != winner) {
                    reasons.put(candidate.delivery().orElseThrow(), OutcomeMessages.superseded(candidate.submittedOn(), winner.submittedOn(), winner.delivery().isEmpty()));
                }
            }
            if (existing.isPresent() && existing.get() != winner) {
                replacements.add(new Replacement(existing.get().submissionId(), winner.submissionId()));
            }
        }
    }

    /** The submissions in force for the organizations and months of the batch. */
    private Map<String, Candidate> currentSubmissions(List<Delivery> loadable)
            throws SQLException
    {
        int first = loadable.stream().mapToInt(d -> d.name().sortMonth()).min().orElseThrow();
        int last = loadable.stream().mapToInt(d -> d.name().sortMonth()).max().orElseThrow();
        Map<String, Candidate> current = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CURRENT_SUBMISSIONS)) {
            statement.setInt(1, first);
            statement.setInt(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int monthKey = rows.getInt(3);
                    String key = rows.getString(2) + ":" + monthKey / 100 + "-" + String.format("%02d", monthKey % 100);
                    current.put(key, new Candidate(rows.getLong(1), rows.getObject(4, LocalDate.class), -1, Optional.empty()));
                }
            }
        }
        return current;
    }

    private Map<Part, Long> registerFiles(Appenders appenders, long runId, String source, List<Delivery> batch, Map<Delivery, Outcome> outcomes,
            Map<String, Long> existingFileIds, LocalDateTime receivedAt)
            throws SQLException
    {
        // A CSV part resent unchanged within the batch (a resubmission that only changed the roster) is one file.
        Map<String, Long> ids = new HashMap<>(existingFileIds);
        List<String> fresh = batch.stream().flatMap(d -> d.parts().stream()).map(Ingestion::identity).filter(id -> !ids.containsKey(id)).distinct().toList();
        long[] allocated = Sequences.next(connection, "archived_file_seq", fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i), allocated[i]);
        }
        Map<Part, Long> fileIds = new IdentityHashMap<>();
        Set<Long> inserted = new HashSet<>();
        DuckDBAppender files = appenders.table("archived_file");
        for (Delivery delivery : batch) {
            Outcome outcome = outcomes.get(delivery);
            for (Part part : delivery.parts()) {
                long fileId = ids.get(Ingestion.identity(part));
                fileIds.put(part, fileId);
                if (existingFileIds.containsKey(Ingestion.identity(part)) || !inserted.add(fileId)) {
                    continue;
                }
                PartCounts counts = PartCounts.of(delivery, part, outcome);
                files.beginRow().append(fileId).append(part.copy().sha256()).append(part.name().original()).append(part.copy().relativePath())
                        .append(part.copy().sizeBytes()).append(receivedAt).append(runId).append(source).append(delivery.kind().name())
                        .append(outcome.name()).append(counts.read()).append(counts.loaded()).append(counts.rejected());
                Optional<FileRejectedException> refusal = delivery.rejection().map(e -> OutcomeMessages.forPart(delivery, part));
                Nullable.text(files, refusal.map(e -> e.error().name()).orElse(null));
                Nullable.text(files, refusal.map(FileRejectedException::chinese).orElse(null));
                Nullable.text(files, refusal.map(FileRejectedException::english).orElse(null)).endRow();
            }
        }
        return fileIds;
    }

    private void replace(List<Replacement> replacements)
            throws SQLException
    {
        if (replacements.isEmpty()) {
            return;
        }
        try (PreparedStatement supersede = connection.prepareStatement(SUPERSEDE);
                PreparedStatement scratch = connection.prepareStatement("INSERT INTO scratch_id VALUES (?)")) {
            for (Replacement replacement : replacements) {
                supersede.setLong(1, replacement.by());
                supersede.setLong(2, replacement.replaced());
                supersede.addBatch();
                scratch.setLong(1, replacement.replaced());
                scratch.addBatch();
            }
            supersede.executeBatch();
            scratch.executeBatch();
        }
        execute(DELETE_REPLACED);
    }

    private void deleteReplacedFeeds(List<Delivery> batch, Map<Delivery, Outcome> outcomes)
            throws SQLException
    {
        for (Delivery delivery : batch) {
            if (delivery.kind() != FileKind.BRANCH_SUBMISSION && outcomes.get(delivery) == Outcome.LOADED) {
                FeedAppender.deleteEarlier(connection, delivery.name());
            }
        }
    }

    private void appendSubmission(Appenders appenders, long runId, Delivery delivery, Map<Part, Long> fileIds, long submissionId, Outcome outcome,
            List<Replacement> replacements, LocalDateTime receivedAt)
            throws SQLException
    {
        ValidatedTables tables = delivery.tables().orElseThrow();
        ValidRows.Organization organization = tables.organization().orElseThrow();
        FileName name = delivery.name();
        int monthKey = name.sortMonth();
        boolean current = outcome == Outcome.LOADED;
        Long supersededBy = current ? null : replacements.stream().filter(r -> r.replaced() == submissionId).map(Replacement::by).findFirst().orElse(null);
        long organizationFile = SubmissionAppender.fileOf(delivery, fileIds, InputTable.ORGANIZATION);
        appenders.submission().beginRow()
                .append(submissionId).append(organization.orgCode()).append(monthKey).append(organization.submittedOn()).append(receivedAt)
                .append(!organization.submittedOn().isAfter(name.month().plusMonths(1).atDay(5)))
                .append(current);
        if (supersededBy == null) {
            appenders.submission().appendNull();
        }
        else {
            appenders.submission().append(supersededBy.longValue());
        }
        appenders.submission().append(tables.people().size()).append(tables.life().size()).append(runId).append(organizationFile).endRow();
        if (current) {
            SubmissionAppender.appendFacts(appenders, persons, connection, runId, submissionId, delivery, fileIds);
        }
    }

    private static void appendQuarantine(Appenders appenders, long runId, Delivery delivery, Map<Part, Long> fileIds)
            throws SQLException
    {
        Optional<ValidatedTables> tables = delivery.tables();
        if (tables.isEmpty()) {
            return;
        }
        for (RejectedRow row : tables.get().rejected()) {
            long fileId = SubmissionAppender.fileOfTable(delivery, fileIds, row.table());
            for (var violation : row.violations()) {
                appenders.quarantine().beginRow()
                        .append(runId).append(fileId).append(row.table()).append(row.raw().rowNo()).append(violation.column())
                        .append(violation.rule().name()).append(violation.value()).append(violation.chinese()).append(violation.english())
                        .append(RawRows.json(row.raw()))
                        .endRow();
            }
        }
    }

    private static List<FileOutcome> outcomes(List<Delivery> batch, Map<Delivery, Outcome> outcomes, Map<Delivery, OutcomeMessages.Reason> reasons)
    {
        List<FileOutcome> result = new ArrayList<>();
        for (Delivery delivery : batch) {
            for (Part part : delivery.parts()) {
                result.add(OutcomeMessages.of(delivery, part, outcomes.get(delivery), Optional.ofNullable(reasons.get(delivery))));
            }
        }
        return result;
    }

    /** Rolls back after a failure; the failure stays the error reported, one to roll back is attached to it. */
    private void rollback(Exception failure)
    {
        try {
            connection.rollback();
        }
        catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void execute(String... statements)
            throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** A submission competing for its organization and month: the latest 报送日期 wins, then the later arrival. */
    private record Candidate(long submissionId, LocalDate submittedOn, int sequence, Optional<Delivery> delivery)
    {
        static final Comparator<Candidate> LATER = Comparator.comparing(Candidate::submittedOn).thenComparingInt(Candidate::sequence);
    }

    private record Replacement(long replaced, long by) {}
}
