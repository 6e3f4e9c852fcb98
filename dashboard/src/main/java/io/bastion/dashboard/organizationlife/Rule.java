package io.bastion.dashboard.organizationlife;

/** The 三会一课 rules a branch is held to in a quarter (docs/kpi-catalogue.md, 三会一课达标率); each says how it was missed. */
enum Rule
{
    /** ≥ 1 支部党员大会 in the quarter. */
    GENERAL_MEETING,
    /** ≥ the park's 党课 rule in the quarter (bastion.analysis.party-lectures-per-quarter). */
    PARTY_LECTURE,
    /** ≥ 1 支部委员会 in each month with ≥ 7 full members. */
    COMMITTEE,
    /** ≥ 1 党小组会 in each month with party groups. */
    PARTY_GROUP,
    /** ≥ 1 主题党日 in each of the three months. */
    THEME_DAY;

    static final int MONTHS_IN_QUARTER = 3;

    String labelKey()
    {
        return "life.rule." + name();
    }
}
