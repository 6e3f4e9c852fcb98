package io.bastion.analytics.lake;

/** What started an analysis run ({@code analysis_run.trigger}). */
public enum Trigger
{
    CLI("cli", "命令行"),
    AFTER_INGEST("after-ingest", "入库后"),
    SCHEDULE("schedule", "定时");

    private final String code;
    private final String label;

    Trigger(String code, String label)
    {
        this.code = code;
        this.label = label;
    }

    /** The value stored in {@code analysis_run.trigger}. */
    public String code()
    {
        return code;
    }

    public String label()
    {
        return label;
    }
}
