package io.bastion.dashboard.reports;

import static java.util.Objects.requireNonNull;

/** A report that cannot be built from the marts as they are (stale, missing, a month not analysed), with the reason in both languages. */
public final class ReportRefusedException
        extends RuntimeException
{
    private final String chinese;
    private final String english;

    public ReportRefusedException(String chinese, String english)
    {
        super(english);
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.english = requireNonNull(english, "english is null");
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
