package io.bastion.ingest.simulation;

/** 单位类别 of DOMAIN.md, with the first two characters of the unified social credit codes such units get. */
enum UnitCategory
{
    GOVERNMENT("机关", "11"),
    PUBLIC_INSTITUTION("事业单位", "12"),
    STATE_OWNED("国有企业", "91"),
    NON_PUBLIC("非公企业", "91"),
    SOCIAL_ORGANIZATION("社会组织", "51");

    private final String label;
    private final String codePrefix;

    UnitCategory(String label, String codePrefix)
    {
        this.label = label;
        this.codePrefix = codePrefix;
    }

    String label()
    {
        return label;
    }

    String codePrefix()
    {
        return codePrefix;
    }
}
