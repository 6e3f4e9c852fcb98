package io.bastion.dashboard.ingest;

import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.analysis.AnalysisRequests;
import io.bastion.dashboard.BastionSettings.HttpSource;
import io.bastion.ingest.load.Ingestion;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pulls new files from one configured HTTP source; the source's name is in the job's data. */
@DisallowConcurrentExecution
public final class HttpPullJob
        implements Job
{
    static final String SOURCE_NAME = "source";
    private static final Logger log = LoggerFactory.getLogger(HttpPullJob.class);

    private final BastionSettings settings;
    private final Ingestion ingestion;
    private final PulledFiles pulledFiles;
    private final AnalysisRequests analysisRequests;

    public HttpPullJob(BastionSettings settings, Ingestion ingestion, PulledFiles pulledFiles, AnalysisRequests analysisRequests)
    {
        this.settings = settings;
        this.ingestion = ingestion;
        this.pulledFiles = pulledFiles;
        this.analysisRequests = analysisRequests;
    }

    @Override
    public void execute(JobExecutionContext context)
            throws JobExecutionException
    {
        String name = context.getMergedJobDataMap().getString(SOURCE_NAME);
        HttpSource source = settings.ingest().httpSources().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new JobExecutionException("HTTP 来源 " + name + " 已不在设置中 / HTTP source " + name + " is no longer configured"));
        try {
            new HttpPull(source, ingestion, pulledFiles, settings.ingest().maxFileBytes(), analysisRequests).pull()
                    .ifPresent(summary -> log.info("HTTP 拉取 pull from {}: run {}, {} files, {} rows loaded", name, summary.runId(), summary.files().size(),
                            summary.rowsLoaded()));
        }
        catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
