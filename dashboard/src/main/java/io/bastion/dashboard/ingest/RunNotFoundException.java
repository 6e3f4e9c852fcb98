package io.bastion.dashboard.ingest;

import io.bastion.dashboard.web.BilingualException;
import org.springframework.http.HttpStatus;

/** No ingestion run has the id asked for. */
public final class RunNotFoundException
        extends BilingualException
{
    private final long runId;

    public RunNotFoundException(long runId)
    {
        super("no ingestion run " + runId);
        this.runId = runId;
    }

    @Override
    public String chinese()
    {
        return "没有编号为 " + runId + " 的入库批次";
    }

    @Override
    public String english()
    {
        return "there is no ingestion run " + runId;
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String code()
    {
        return "RUN_NOT_FOUND";
    }
}
