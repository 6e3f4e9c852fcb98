package io.bastion.dashboard.analysis;

import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.Trigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job that analyses the warehouse after an ingestion loaded something; one at a time. */
@DisallowConcurrentExecution
public final class AnalyzeJob
        implements Job
{
    private static final Logger log = LoggerFactory.getLogger(AnalyzeJob.class);

    private final Analyses analyses;

    public AnalyzeJob(Analyses analyses)
    {
        this.analyses = analyses;
    }

    @Override
    public void execute(JobExecutionContext context)
            throws JobExecutionException
    {
        try {
            AnalysisOutcome outcome = analyses.analyze(Trigger.AFTER_INGEST);
            log.info("入库后分析 analysis after ingestion: run {} {} ({} mart rows)", outcome.analysisId(), outcome.status(), outcome.totalMartRows());
        }
        catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
