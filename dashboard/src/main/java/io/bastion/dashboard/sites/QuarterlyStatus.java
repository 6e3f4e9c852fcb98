package io.bastion.dashboard.sites;

import java.util.Optional;

/** An assignment's on-site status (mart_liaison_progress.quarterly_status): at a quarter's last month 达标/未达标, before it 已完成/待完成. */
enum QuarterlyStatus
{
    MET("达标", true),
    MISSED("未达标", false),
    DONE("已完成", true),
    PENDING("待完成", false);

    private final String chinese;
    private final boolean good;

    QuarterlyStatus(String chinese, boolean good)
    {
        this.chinese = chinese;
        this.good = good;
    }

    String labelKey()
    {
        return "sites.quarterly." + name();
    }

    boolean good()
    {
        return good;
    }

    static Optional<QuarterlyStatus> ofChinese(String text)
    {
        for (QuarterlyStatus status : values()) {
            if (status.chinese.equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
