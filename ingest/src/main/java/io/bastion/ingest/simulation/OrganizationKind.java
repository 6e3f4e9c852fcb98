package io.bastion.ingest.simulation;

/** 组织类别 of DOMAIN.md, with the years a committee of that kind serves. */
enum OrganizationKind
{
    PARTY_COMMITTEE("党委", 5),
    GENERAL_BRANCH("党总支", 3),
    BRANCH("党支部", 3),
    JOINT_BRANCH("联合党支部", 3),
    TEMPORARY_BRANCH("临时党支部", 3);

    private final String label;
    private final int termYears;

    OrganizationKind(String label, int termYears)
    {
        this.label = label;
        this.termYears = termYears;
    }

    String label()
    {
        return label;
    }

    int termYears()
    {
        return termYears;
    }

    boolean isBranch()
    {
        return this == BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH;
    }
}
