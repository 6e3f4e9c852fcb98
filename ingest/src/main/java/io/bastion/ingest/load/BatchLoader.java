package io.bastion.ingest.load;

import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.FileOutcome.Outcome;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads a batch of validated deliveries in one DuckDB transaction, with DOMAIN.md's semantics: the
 * submission with the latest 报送日期 for an organization and month is in force (on a tie, the later
 * arrival), a feed file replaces the earlier one with the same name. All statements that delete
 * run first; then the appenders write the new rows inside the same transaction; then the type-2
 * dimensions, admission events and people's identities are brought up to date from the transaction's own rows.
 * A delivery processed again from the archive ({@link Delivery#reprocess()}) keeps its files and,
 * if it was loaded, its submission: its facts, quarantine lines and pending codes are replaced.
 */
final class BatchLoader
{
    private static final String CURRENT_SUBMISSIONS = """
            SELECT submission_id, org_code, month_key, submitted_on, file_id
            FROM fact_submission
            WHERE is_current AND month_key BETWEEN ? AND ?
            """;
    private static final String SUPERSEDE = "UPDATE fact_submission SET is_current = false, superseded_by = ? WHERE submission_id = ?";
    private static final String IS_CURRENT = "SELECT is_current FROM fact_submission WHERE submission_id = ?";
    private static final String RECOUNT_SUBMISSION = "UPDATE fact_submission SET people_rows = ?, life_rows = ? WHERE submission_id = ?";
    private static final String UPDATE_FILE = """
            UPDATE archived_file SET outcome = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, error_code = ?, error_zh = ?, error_en = ?
            WHERE file_id = ?
            """;
    /** A delivery received in this batch arrived after every archived one; among themselves by sequence. */
    private static final long FRESH_ARRIVAL = 1L << 40;
    private static final String[] DELETE_REPLACED = {
            "INSERT INTO scratch_person SELECT person_key FROM fact_person_month WHERE submission_id IN (SELECT id FROM scratch_id)",
            "INSERT INTO scratch_key SELECT 'org', org_code FROM fact_organization_report WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_organization_report WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_coverage_link WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_person_month WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM fact_organization_life WHERE submission_id IN (SELECT id FROM scratch_id)",
            "DELETE FROM restricted.organization_secretary WHERE submission_id IN (SELECT id FROM scratch_id)",
    };
    /** Brings what is derived from the facts up to date with the transaction's own rows. */
    private static final String[] DERIVE = Stream.of(TypeTwoDimension.ORGANIZATION.statements(), TypeTwoDimension.ENTERPRISE.statements(),
            AdmissionEvents.UPDATE, PersonIdentities.APPLY).flatMap(List::stream).toArray(String[]::new);
    /** The working tables, empty outside a load transaction. */
    private static final String[] EMPTY_SCRATCH = {
            "DELETE FROM scratch_key", "DELETE FROM scratch_id", "DELETE FROM scratch_person", "DELETE FROM scratch_file", "DELETE FROM scratch_latest",
            "DELETE FROM scratch_rebuild", "DELETE FROM restricted.scratch_identity",
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
     * (name and hash) of parts already archived (a CSV part resent unchanged, a delivery processed
     * again) to their file ids. {@code recordProgress} runs inside the transaction, just before it commits.
     */
    List<FileOutcome> load(long runId, String source, List<Delivery> batch, Map<String, Long> existingFileIds, Consumer<List<FileOutcome>> recordProgress,
            IngestionListener listener)
            throws SQLException
    {
        connection.setAutoCommit(false);
        try {
            execute(EMPTY_SCRATCH);
            LocalDateTime receivedAt = LocalDateTime.now();
            Decisions decisions = new Decisions();
            decideFeeds(batch, decisions.outcomes, decisions.reasons);
            decideSubmissions(batch, decisions);
            replace(decisions.replacements, decisions.refreshed);
            deleteReplacedFeeds(batch, decisions.outcomes);
            forgetReprocessed(batch, existingFileIds);
            Map<Part, Long> fileIds;
            List<Delivery> submissions = batch.stream().filter(delivery -> delivery.kind() == FileKind.BRANCH_SUBMISSION && delivery.loadable()).toList();
            persons.addNewcomers(connection, submissions.stream().map(delivery -> delivery.tables().orElseThrow().people()).toList());
            PersonIdentities.Versions versions = new PersonIdentities.Versions();
            try (Appenders appenders = new Appenders(connection)) {
                fileIds = registerFiles(appenders, runId, source, batch, decisions.outcomes, existingFileIds, receivedAt);
                for (Delivery delivery : batch) {
                    Outcome outcome = decisions.outcomes.get(delivery);
                    if (delivery.kind() == FileKind.BRANCH_SUBMISSION && delivery.loadable()) {
                        appendSubmission(appenders, runId, delivery, fileIds, decisions, receivedAt, versions);
                    }
                    else if (outcome == Outcome.LOADED) {
                        FeedAppender.append(appenders, runId, fileIds.get(delivery.parts().get(0)), delivery);
                    }
                    Quarantine.append(appenders, runId, delivery, fileIds);
                    PendingReferences.append(appenders, runId, delivery, fileIds, Optional.ofNullable(decisions.submissionIds.get(delivery)));
                }
                versions.appendTo(appenders);
            }
            execute(DERIVE);
            execute(EMPTY_SCRATCH);
            updateReprocessed(batch, decisions, fileIds);
            List<FileOutcome> result = outcomes(batch, decisions.outcomes, decisions.reasons);
            recordProgress.accept(result);
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

    /** Of feed files with the same name in one batch, the last one arrived is loaded; one processed again keeps its standing. */
    private static void decideFeeds(List<Delivery> batch, Map<Delivery, Outcome> outcomes, Map<Delivery, OutcomeMessages.Reason> reasons)
    {
        Map<String, Delivery> latest = new HashMap<>();
        for (Delivery delivery : batch) {
            if (delivery.kind() != FileKind.BRANCH_SUBMISSION && delivery.loadable() && delivery.reprocess().isEmpty()) {
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
            else if (delivery.reprocess().isPresent()) {
                // Processed again: in force only if no later file with its name arrived since.
                outcomes.put(delivery, delivery.reprocess().get().feedInForce() ? Outcome.LOADED : Outcome.SUPERSEDED);
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

    /**
     * New submissions compete with the one in force for their organization and month; a submission
     * processed again keeps its id and is refreshed: its facts re-appended if it is (still) in force.
     */
    private void decideSubmissions(List<Delivery> batch, Decisions decisions)
            throws SQLException
    {
        List<Delivery> submissions = batch.stream().filter(d -> d.kind() == FileKind.BRANCH_SUBMISSION).toList();
        for (Delivery delivery : submissions) {
            if (!delivery.loadable()) {
                decisions.outcomes.put(delivery, Outcome.REJECTED);
            }
        }
        List<Delivery> loadable = submissions.stream().filter(Delivery::loadable).toList();
        List<Delivery> refreshing = loadable.stream().filter(d -> d.reprocess().flatMap(Delivery.Reprocess::submissionId).isPresent()).toList();
        List<Delivery> candidates = loadable.stream().filter(d -> d.reprocess().flatMap(Delivery.Reprocess::submissionId).isEmpty()).toList();
        compete(candidates, decisions);
        for (Delivery delivery : refreshing) {
            long submissionId = delivery.reprocess().orElseThrow().submissionId().orElseThrow();
            decisions.submissionIds.put(delivery, submissionId);
            decisions.refreshing.add(delivery);
            boolean current = isCurrent(submissionId) && decisions.replacements.stream().noneMatch(r -> r.replaced() == submissionId);
            decisions.outcomes.put(delivery, current ? Outcome.LOADED : Outcome.SUPERSEDED);
            if (current) {
                decisions.refreshed.add(submissionId);
            }
        }
    }

    private void compete(List<Delivery> candidates, Decisions decisions)
            throws SQLException
    {
        if (candidates.isEmpty()) {
            return;
        }
        long[] ids = Sequences.next(connection, "submission_seq", candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            decisions.submissionIds.put(candidates.get(i), ids[i]);
        }
        Map<String, Candidate> current = currentSubmissions(candidates);
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Delivery delivery : candidates) {
            ValidRows.Organization organization = delivery.tables().orElseThrow().organization().orElseThrow();
            long arrival = delivery.reprocess().map(Delivery.Reprocess::fileId).orElse(FRESH_ARRIVAL + delivery.sequence());
            byKey.computeIfAbsent(delivery.name().key(), key -> new ArrayList<>())
                    .add(new Candidate(decisions.submissionIds.get(delivery), organization.submittedOn(), arrival, Optional.of(delivery)));
        }
        for (Map.Entry<String, List<Candidate>> entry : byKey.entrySet()) {
            List<Candidate> all = new ArrayList<>(entry.getValue());
            Optional<Candidate> existing = Optional.ofNullable(current.get(entry.getKey()));
            existing.ifPresent(all::add);
            Candidate winner = all.stream().max(Candidate.LATER).orElseThrow();
            for (Candidate candidate : entry.getValue()) {
                Delivery delivery = candidate.delivery().orElseThrow();
                decisions.outcomes.put(delivery, candidate == winner ? Outcome.LOADED : Outcome.SUPERSEDED);
                if (candidate != winner) {
                    decisions.supersededBy.put(delivery, winner.submissionId());
                    decisions.reasons.put(delivery, OutcomeMessages.superseded(candidate.submittedOn(), winner.submittedOn(), winner.delivery().isEmpty()));
                }
            }
            if (existing.isPresent() && existing.get() != winner) {
                decisions.replacements.add(new Replacement(existing.get().submissionId(), winner.submissionId()));
            }
        }
    }

    private boolean isCurrent(long submissionId)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(IS_CURRENT)) {
            statement.setLong(1, submissionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
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
                    current.put(key, new Candidate(rows.getLong(1), rows.getObject(4, LocalDate.class), rows.getLong(5), Optional.empty()));
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

    /** Supersedes the replaced submissions and deletes their facts, and those of the submissions refreshed (they are re-appended). */
    private void replace(List<Replacement> replacements, List<Long> refreshed)
            throws SQLException
    {
        if (replacements.isEmpty() && refreshed.isEmpty()) {
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
            for (long submissionId : refreshed) {
                scratch.setLong(1, submissionId);
                scratch.addBatch();
            }
            if (!replacements.isEmpty()) {
                supersede.executeBatch();
            }
            scratch.executeBatch();
        }
        execute(DELETE_REPLACED);
    }

    /** A delivery processed again: what it waited for and its quarantine lines are replaced by what this load finds. */
    private void forgetReprocessed(List<Delivery> batch, Map<String, Long> existingFileIds)
            throws SQLException
    {
        for (Delivery delivery : batch) {
            if (delivery.reprocess().isEmpty()) {
                continue;
            }
            Map<Part, Long> fileIds = new IdentityHashMap<>();
            delivery.parts().forEach(part -> fileIds.put(part, existingFileIds.get(Ingestion.identity(part))));
            PendingReferences.Waiting waiting = PendingReferences.waiting(delivery, fileIds, Optional.empty());
            PendingReferences.forget(connection, waiting);
            Quarantine.forget(connection, waiting.fileIds());
        }
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

    private void appendSubmission(Appenders appenders, long runId, Delivery delivery, Map<Part, Long> fileIds, Decisions decisions, LocalDateTime receivedAt,
            PersonIdentities.Versions versions)
            throws SQLException
    {
        ValidatedTables tables = delivery.tables().orElseThrow();
        ValidRows.Organization organization = tables.organization().orElseThrow();
        FileName name = delivery.name();
        int monthKey = name.sortMonth();
        long submissionId = decisions.submissionIds.get(delivery);
        boolean current = decisions.outcomes.get(delivery) == Outcome.LOADED;
        // Every valid roster row says who a person is, in force or not: the identities do not depend on arrival order.
        PersonIdentities.append(appenders, persons, monthKey, organization.submittedOn(), tables.people(), versions);
        if (!decisions.refreshing.contains(delivery)) {
            long organizationFile = SubmissionAppender.fileOf(delivery, fileIds, InputTable.ORGANIZATION);
            appenders.submission().beginRow()
                    .append(submissionId).append(organization.orgCode()).append(monthKey).append(organization.submittedOn()).append(receivedAt)
                    .append(!organization.submittedOn().isAfter(name.month().plusMonths(1).atDay(5)))
                    .append(current);
            Long supersededBy = decisions.supersededBy.get(delivery);
            if (supersededBy == null) {
                appenders.submission().appendNull();
            }
            else {
                appenders.submission().append(supersededBy.longValue());
            }
            appenders.submission().append(tables.people().size()).append(tables.life().size()).append(runId).append(organizationFile).endRow();
        }
        if (current) {
            SubmissionAppender.appendFacts(appenders, persons, runId, submissionId, delivery, fileIds);
        }
    }

    /** The archived files of deliveries processed again take their new outcome; a refreshed submission its new row counts. */
    private void updateReprocessed(List<Delivery> batch, Decisions decisions, Map<Part, Long> fileIds)
            throws SQLException
    {
        List<Delivery> reprocessed = batch.stream().filter(delivery -> delivery.reprocess().isPresent()).toList();
        if (reprocessed.isEmpty()) {
            return;
        }
        try (PreparedStatement file = connection.prepareStatement(UPDATE_FILE);
                PreparedStatement submission = connection.prepareStatement(RECOUNT_SUBMISSION)) {
            for (Delivery delivery : reprocessed) {
                Outcome outcome = decisions.outcomes.get(delivery);
                for (Part part : delivery.parts()) {
                    PartCounts counts = PartCounts.of(delivery, part, outcome);
                    file.setString(1, outcome.name());
                    file.setInt(2, counts.read());
                    file.setInt(3, counts.loaded());
                    file.setInt(4, counts.rejected());
                    file.setString(5, delivery.rejection().map(e -> e.error().name()).orElse(null));
                    file.setString(6, delivery.rejection().map(FileRejectedException::chinese).orElse(null));
                    file.setString(7, delivery.rejection().map(FileRejectedException::english).orElse(null));
                    file.setLong(8, fileIds.get(part));
                    file.addBatch();
                }
                if (decisions.refreshing.contains(delivery)) {
                    ValidatedTables tables = delivery.tables().orElseThrow();
                    submission.setInt(1, tables.people().size());
                    submission.setInt(2, tables.life().size());
                    submission.setLong(3, decisions.submissionIds.get(delivery));
                    submission.addBatch();
                }
            }
            file.executeBatch();
            if (!decisions.refreshing.isEmpty()) {
                submission.executeBatch();
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

    /**
     * A submission competing for its organization and month: the latest 报送日期 wins, then the later
     * arrival (an archived file's id; a file of this batch after all of them).
     */
    private record Candidate(long submissionId, LocalDate submittedOn, long arrival, Optional<Delivery> delivery)
    {
        static final Comparator<Candidate> LATER = Comparator.comparing(Candidate::submittedOn).thenComparingLong(Candidate::arrival);
    }

    private record Replacement(long replaced, long by) {}

    /** What the batch decided for each delivery. Identity maps: a delivery's record equality would hash every row it holds. */
    private static final class Decisions
    {
        final Map<Delivery, Outcome> outcomes = new IdentityHashMap<>();
        final Map<Delivery, Long> submissionIds = new IdentityHashMap<>();
        final Map<Delivery, Long> supersededBy = new IdentityHashMap<>();
        final List<Replacement> replacements = new ArrayList<>();
        /** Deliveries processed again that keep the submission they were loaded as. */
        final Set<Delivery> refreshing = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Of those, the submissions in force, whose facts are deleted and appended again. */
        final List<Long> refreshed = new ArrayList<>();
        /** Why a file was not loaded as it stood, for its outcome message. */
        final Map<Delivery, OutcomeMessages.Reason> reasons = new IdentityHashMap<>();
    }

}
