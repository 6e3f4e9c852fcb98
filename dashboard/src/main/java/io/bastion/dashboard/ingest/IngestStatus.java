package io.bastion.dashboard.ingest;

import java.util.Arrays;

/** The state of an ingestion run ({@code ingest_run.status}) with the label pages, API and CLI show. */
public enum IngestStatus
{
    RUNNING("进行中"),
    SUCCEEDED("完成"),
    FAILED("失败"),
    /** Left running by a process that died; its committed batches stay. */
    INTERRUPTED("已中断");

    private final String label;

    IngestStatus(String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }

    public static IngestStatus ofCode(String code)
    {
        return Arrays.stream(values()).filter(status -> status.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知的入库状态 / unknown ingestion status: " + code));
    }
}
