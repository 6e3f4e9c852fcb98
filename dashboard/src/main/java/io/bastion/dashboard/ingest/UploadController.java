package io.bastion.dashboard.ingest;

import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import org.springframework.http.MediaType;
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
import java.util.Set;

/**
 * The ingestion API: upload files to ingest them at once (a CSV submission's three parts in one
 * request), list the latest runs, read a run's quarantine.
 */
@RestController
public final class UploadController
{
    private final Ingestion ingestion;
    private final IngestRunQueries queries;
    private final AnalysisRequests analysisRequests;

    public UploadController(Ingestion ingestion, IngestRunQueries queries, AnalysisRequests analysisRequests)
    {
        this.ingestion = ingestion;
        this.analysisRequests = analysisRequests;
        this.queries = queries;
    }

    @PostMapping(path = "/api/ingest/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public IngestionResult upload(@RequestParam(name = "file", required = false) List<MultipartFile> files)
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
            RunSummary summary = ingestion.ingest(stored, "upload", IngestionListener.SILENT);
            analysisRequests.afterIngest(summary);
            return IngestionResult.of(summary);
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
