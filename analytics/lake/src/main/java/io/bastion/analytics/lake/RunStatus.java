package io.bastion.analytics.lake;

import java.util.Arrays;

/** The state of an analysis run ({@code analysis_run.status}). */
public enum RunStatus
{
    RUNNING("running", "运行中"),
    /** The marts were replaced by this run's. */
    DONE("done", "完成"),
    /** Nothing changed since the last done run: Spark was not started, the marts stay. */
    UNCHANGED("unchanged", "无变化"),
    /** Export, job or load failed: the marts of the last done run stay. */
    FAILED("failed", "失败");

    private final String code;
    private final String label;

    RunStatus(String code, String label)
    {
        this.code = code;
        this.label = label;
    }

    /** The value stored in {@code analysis_run.status}. */
    public String code()
    {
        return code;
    }

    public String label()
    {
        return label;
    }

    public static RunStatus ofCode(String code)
    {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("未知的分析状态 / unknown analysis status: " + code));
    }
}
