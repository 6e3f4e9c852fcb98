package io.bastion.ingest.simulation;

/** 身份 of DOMAIN.md: the admission pipeline from applicant to full member. */
enum Stage
{
    APPLICANT("入党申请人"),
    ACTIVIST("入党积极分子"),
    CANDIDATE("发展对象"),
    PROBATIONARY("预备党员"),
    FULL("正式党员");

    private final String label;

    Stage(String label)
    {
        this.label = label;
    }

    String label()
    {
        return label;
    }

    boolean isMember()
    {
        return this == PROBATIONARY || this == FULL;
    }
}
