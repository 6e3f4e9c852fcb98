package io.bastion.dashboard.reports;

import static java.util.Objects.requireNonNull;

/**
 * A report that cannot be built from the marts as they are (stale, missing, a month not analysed), with the reason in
 * both languages; {@link #waitsForAnalysis()} when an analysis yet to come will make it buildable (no KPIs yet, or none
 * reaching the month), rather than something to fix.
 */
public final class ReportRefusedException
        extends RuntimeException
{
    private final String chinese;
    private final String english;
    private final boolean waitsForAnalysis;

    public ReportRefusedException(String chinese, String english)
    {
        this(chinese, english, false);
    }

    public ReportRefusedException(String chinese, String english, boolean waitsForAnalysis)
    {
        super(english);
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.english = requireNonNull(english, "english is null");
        this.waitsForAnalysis = waitsForAnalysis;
    }

    /** The marts do not reach the month yet: the next analysis may, so the schedule waits for it instead of counting a failure. */
    public boolean waitsForAnalysis()
    {
        return waitsForAnalysis;
    }

    public String chinese()
    {
        return chinese;
    }

    public String english()
    {
        return english;
    }

    /** Both, as the archive records it. */
    public String both()
    {
        return chinese + " / " + english;
    }
}
