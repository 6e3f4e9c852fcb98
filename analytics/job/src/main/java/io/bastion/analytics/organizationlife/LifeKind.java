package io.bastion.analytics.organizationlife;

/** The kinds of organizational life (活动类型) the branch meeting rules count. */
enum LifeKind
{
    GENERAL_MEETING("支部党员大会"),
    COMMITTEE_MEETING("支部委员会"),
    GROUP_MEETING("党小组会"),
    PARTY_LECTURE("党课"),
    THEME_DAY("主题党日");

    private final String label;

    LifeKind(String label)
    {
        this.label = label;
    }

    String label()
    {
        return label;
    }
}
