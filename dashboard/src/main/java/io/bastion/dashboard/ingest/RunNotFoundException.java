package io.bastion.dashboard.ingest;

/** No ingestion run has the id asked for. */
public final class RunNotFoundException
        extends RuntimeException
{
    private final long runId;

    public RunNotFoundException(long runId)
    {
        super("no ingestion run " + runId);
        this.runId = runId;
    }

    public String chinese()
    {
        return "没有编号为 " + runId + " 的入库批次";
    }

    public String english()
    {
        return "there is no ingestion run " + runId;
    }
}
