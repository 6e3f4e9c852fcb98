package io.bastion.dashboard.ingest;

import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.security.Viewer;
import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingestion API: upload files to ingest them at once (a CSV submission's three parts in one
 * request), list the latest runs, read a run's quarantine. A branch secretary may upload only their own subtree's
 * submissions, named {@code {组织代码}_{YYYY-MM}…}, and none of the committee's feeds.
 */
@RestController
public final class UploadController
{
    private static final Pattern ORGANIZATION_PREFIX = Pattern.compile("([A-Z0-9]{4,20})_.*");
    /** The committee's feeds by how their names begin, refused to a secretary even when misnamed. */
    private static final List<String> COMMITTEE_FEEDS = List.of("企业名录", "分类定级", "示范点", "联系点分配", "联系点记录", "年度目标");

    private final Ingestion ingestion;
    private final IngestRunQueries queries;
    private final AnalysisRequests analysisRequests;
    private final ScopeGuard guard;

    public UploadController(Ingestion ingestion, IngestRunQueries queries, AnalysisRequests analysisRequests, ScopeGuard guard)
    {
        this.ingestion = ingestion;
        this.analysisRequests = analysisRequests;
        this.queries = queries;
        this.guard = guard;
    }

    @PostMapping(path = "/api/ingest/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public IngestionResult upload(@AuthenticationPrincipal Viewer viewer, @RequestParam(name = "file", required = false) List<MultipartFile> files)
    {
        if (files == null || files.isEmpty()) {
            throw new UploadRefusedException(UploadError.NO_FILES, "");
        }
        // Check every name before writing anything, so a bad name refuses the whole request.
        Set<String> names = new HashSet<>();
        for (MultipartFile file : files) {
            String name = SafeFileName.check(file.getOriginalFilename());
            if (!names.add(name)) {
                throw new UploadRefusedException(UploadError.DUPLICATE_NAME, name);
            }
            checkAnswersFor(viewer, name);
        }
        try (PrivateFolder folder = PrivateFolder.create("bastion-upload-")) {
            List<Path> stored = new ArrayList<>();
            for (MultipartFile file : files) {
                Path target = folder.resolve(file.getOriginalFilename());
                try {
                    file.transferTo(target);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stored.add(target);
            }
            return IngestionResult.of(analysisRequests.ingest(() -> ingestion.ingest(stored, "upload", IngestionListener.SILENT)));
        }
    }

    /** A secretary's file must be a submission of their own subtree: its name starts with such an organization's code. */
    private void checkAnswersFor(Viewer viewer, String name)
    {
        if (!viewer.limitedToOwnSubtree()) {
            return;
        }
        Optional<FileName> parsed = FileName.parse(name);
        if (parsed.map(file -> file.kind() != FileKind.BRANCH_SUBMISSION).orElse(false) || COMMITTEE_FEEDS.stream().anyMatch(name::startsWith)) {
            throw new UploadRefusedException(UploadError.COMMITTEE_FEED, name);
        }
        Matcher prefix = ORGANIZATION_PREFIX.matcher(name);
        Optional<Month> month = parsed.map(file -> new Month(file.sortMonth()));
        if (!prefix.matches() || !guard.answersFor(viewer, prefix.group(1), month)) {
            throw new UploadRefusedException(UploadError.OUTSIDE_SUBTREE, name);
        }
    }

    @GetMapping("/api/ingest/runs")
    public List<IngestRun> runs()
    {
        return queries.latest(IngestRunQueries.LATEST_RUNS);
    }

    @GetMapping("/api/ingest/runs/{runId}/quarantine")
    public List<QuarantineLine> quarantine(@PathVariable long runId)
    {
        if (!queries.exists(runId)) {
            throw new RunNotFoundException(runId);
        }
        return queries.quarantine(runId);
    }
}
