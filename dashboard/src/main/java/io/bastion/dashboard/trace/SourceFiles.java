package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.ScopeException;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The archived file a trace row links to, and the list it belongs to: the other files of the same organization (its
 * submissions month by month, superseded and refused ones too) or of the same committee feed.
 */
@Component
final class SourceFiles
{
    static final String BRANCH_SUBMISSION = "BRANCH_SUBMISSION";
    private static final Pattern BRANCH_NAME = Pattern.compile("^([A-Z0-9]{4,20})_(\\d{4})-(\\d{2})");
    private static final Pattern FEED_PERIOD = Pattern.compile("_(\\d{4}-\\d{2}|\\d{4}Q[1-4]|\\d{4})\\.");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TraceQueries queries;
    private final Labels labels;

    SourceFiles(TraceQueries queries, Labels labels)
    {
        this.queries = queries;
        this.labels = labels;
    }

    /** The file as the page's header shows it; {@code organization} is set for a branch's file. */
    record FileView(long id, String name, String kind, Optional<String> orgCode, Optional<String> organizationName, Optional<String> period,
            String receivedAt, Optional<String> submittedOn, String outcome, Optional<Boolean> current, long sizeBytes, int rowsRead, int rowsLoaded,
            int rowsRejected, Optional<String> error, String sha256)
    {
        FileView
        {
            requireNonNull(name, "name is null");
        }
    }

    /** The file and its list. */
    record Files(FileView file, DataTable list)
    {
    }

    /** Refuses (403) a branch secretary a file that is not their own subtree's; a committee feed file anyone may see. */
    Files files(Viewer viewer, Selection selection, long fileId)
    {
        TraceQueries.ArchivedFile file = queries.file(fileId).orElseThrow(() -> new TraceException(TraceException.Kind.UNKNOWN_FILE,
                String.valueOf(fileId)));
        Optional<String> owner = owner(file);
        boolean feed = file.kind().isPresent() && !BRANCH_SUBMISSION.equals(file.kind().get());
        if (viewer.limitedToOwnSubtree() && !feed && (owner.isEmpty() || !Traces.ownSubtree(viewer, selection.tree()).contains(owner.get()))) {
            throw new ScopeException(ScopeException.Kind.OUTSIDE_SUBTREE, owner.orElse(file.name()));
        }
        List<TraceQueries.ArchivedFile> siblings = owner.isPresent() ? queries.organizationFiles(owner.get())
                : file.kind().map(queries::feedFiles).orElse(List.of(file));
        Map<String, TraceQueries.Submission> submissions = new HashMap<>();
        owner.ifPresent(code -> queries.submissions(code).forEach(submission -> submissions.put(key(submission.monthKey(), submission.receivedAt()),
                submission)));
        String title = owner.map(code -> labels.get("trace.files.organization", selection.tree().name(code)))
                .orElseGet(() -> labels.get("trace.files.feed", kindLabel(file.kind())));
        DataTable.Builder list = DataTable.builder("files", title)
                .column("period", labels.get("trace.column.sourceMonth"), DataTable.Kind.MONTH)
                .column("file", labels.get("trace.column.file"), DataTable.Kind.LINK)
                .column("receivedAt", labels.get("trace.column.receivedAt"), DataTable.Kind.TEXT)
                .column("submittedOn", labels.get("trace.column.submittedOn"), DataTable.Kind.DATE)
                .column("outcome", labels.get("trace.column.outcome"), DataTable.Kind.TEXT)
                .column("current", labels.get("trace.column.current"), DataTable.Kind.TEXT)
                .column("rowsLoaded", labels.get("trace.column.rowsLoaded"), DataTable.Kind.COUNT)
                .column("rowsRejected", labels.get("trace.column.rowsRejected"), DataTable.Kind.COUNT)
                .column("sha256", labels.get("trace.column.sha256"), DataTable.Kind.TEXT)
                .emptyReason(labels.get("trace.empty.files"));
        for (TraceQueries.ArchivedFile sibling : siblings) {
            Optional<TraceQueries.Submission> submission = submission(sibling, submissions);
            list.row(period(sibling).orElse(null), sibling.name(), WHEN.format(sibling.receivedAt()), submission.map(TraceQueries.Submission::submittedOn)
                    .orElse(null), outcome(sibling.outcome()), current(sibling, submission), sibling.rowsLoaded(), sibling.rowsRejected(), sibling.sha256());
        }
        DataTable built = list.build();
        // Each row's file name opens that file; the one followed is marked.
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < built.rows().size(); i++) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(built.rows().get(i));
            long id = siblings.get(i).fileId();
            row.put("fileId", id);
            row.put("fileHref", "/trace/files?" + selection.query() + "&file=" + id);
            row.put("selected", id == fileId);
            rows.add(row);
        }
        Optional<TraceQueries.Submission> own = submission(file, submissions);
        FileView view = new FileView(file.fileId(), file.name(), kindLabel(file.kind()), owner, owner.map(code -> selection.tree().name(code)),
                period(file).map(this::periodLabel), WHEN.format(file.receivedAt()), own.map(submission -> submission.submittedOn().toString()), outcome(file.outcome()),
                owner.isPresent() ? Optional.of(own.map(TraceQueries.Submission::current).orElse(false)) : Optional.empty(), file.sizeBytes(),
                file.rowsRead(), file.rowsLoaded(), file.rowsRejected(), english() ? file.errorEnglish() : file.errorChinese(), file.sha256());
        return new Files(view, new DataTable(built.id(), built.title(), built.columns(), rows, built.emptyReason()));
    }

    /** A branch file's organization, from the name ingestion checked against its content ({@code CODE_YYYY-MM…}). */
    static Optional<String> owner(TraceQueries.ArchivedFile file)
    {
        if (file.kind().isPresent() && !BRANCH_SUBMISSION.equals(file.kind().get())) {
            return Optional.empty();
        }
        Matcher matcher = BRANCH_NAME.matcher(file.name());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> period(TraceQueries.ArchivedFile file)
    {
        Matcher branch = BRANCH_NAME.matcher(file.name());
        if (branch.find()) {
            return Optional.of(branch.group(2) + "-" + branch.group(3));
        }
        Matcher feed = FEED_PERIOD.matcher(file.name());
        return feed.find() ? Optional.of(feed.group(1)) : Optional.empty();
    }

    /** {@code 2025-10} → 2025年10月, {@code 2025Q3} → 2025年第三季度; a year stays as it is. */
    private String periodLabel(String period)
    {
        if (period.matches("\\d{4}-\\d{2}")) {
            return labels.get("trace.monthLabel", period.substring(0, 4), Integer.parseInt(period.substring(5)));
        }
        if (period.matches("\\d{4}Q[1-4]")) {
            return labels.get("trace.quarter", period.substring(0, 4), labels.get("trace.quarter." + period.charAt(5)));
        }
        return period;
    }

    private static Optional<TraceQueries.Submission> submission(TraceQueries.ArchivedFile file, Map<String, TraceQueries.Submission> submissions)
    {
        Matcher branch = BRANCH_NAME.matcher(file.name());
        if (!branch.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(branch.group(2)) * 100 + Integer.parseInt(branch.group(3));
        return Optional.ofNullable(submissions.get(key(month, file.receivedAt())));
    }

    private String current(TraceQueries.ArchivedFile file, Optional<TraceQueries.Submission> submission)
    {
        if (submission.isEmpty()) {
            return null;
        }
        return labels.get(submission.get().current() ? "trace.file.current" : "trace.file.replaced");
    }

    private String outcome(String outcome)
    {
        return labels.get("trace.outcome." + outcome);
    }

    private String kindLabel(Optional<String> kind)
    {
        return labels.get("trace.fileKind." + kind.orElse("UNKNOWN"));
    }

    private static String key(int monthKey, LocalDateTime receivedAt)
    {
        return monthKey + "@" + receivedAt;
    }

    private static boolean english()
    {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
