package io.bastion.dashboard.workbench;

import static java.util.Objects.requireNonNull;

/** A statement the workbench or the database refused, with the reason in Chinese and English and the database's own words. */
public final class WorkbenchException
        extends RuntimeException
{
    private final Refusal refusal;
    private final String detail;
    private final String chinese;
    private final String english;

    public WorkbenchException(Refusal refusal, String detail, Object... arguments)
    {
        super(refusal.english(arguments) + (detail == null ? "" : ": " + detail));
        this.refusal = requireNonNull(refusal, "refusal is null");
        this.detail = detail;
        this.chinese = refusal.chinese(arguments);
        this.english = refusal.english(arguments);
    }

    public Refusal refusal()
    {
        return refusal;
    }

    /** What DuckDB said, first line only; empty when the workbench refused before asking it. */
    public String detail()
    {
        return detail == null ? "" : detail;
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return english;
    }

    /** Whether the statement was cancelled at its time limit. */
    public boolean cancelled()
    {
        return refusal == Refusal.CANCELLED;
    }
}
