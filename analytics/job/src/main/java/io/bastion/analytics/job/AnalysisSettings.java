package io.bastion.analytics.job;

/**
 * What the Spark job may be told besides its lake: the park's own rules (DOMAIN.md: "configuration with these defaults").
 *
 * @param partyLecturesPerQuarter 党课 a branch must hold per quarter to be compliant (default 1)
 */
public record AnalysisSettings(int partyLecturesPerQuarter)
{
    public AnalysisSettings
    {
        if (partyLecturesPerQuarter < 0) {
            throw new IllegalArgumentException("每季度党课次数不能为负 / party lectures per quarter must not be negative: " + partyLecturesPerQuarter);
        }
    }

    public static AnalysisSettings defaults()
    {
        return new AnalysisSettings(1);
    }
}
