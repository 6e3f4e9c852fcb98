package io.bastion.dashboard.admissions;

import java.util.List;
import java.util.Optional;

/** The dimensions of mart_membership_breakdown, each with its values in the order a reader expects them. */
public enum Dimension
{
    UNIT_CATEGORY("unit_category", List.of("机关", "事业单位", "国有企业", "非公企业", "社会组织", "未知")),
    AGE_BAND("age_band", List.of("35岁以下", "35至45岁", "46至55岁", "56至60岁", "61岁及以上", "未知")),
    EDUCATION("education", List.of("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下", "未知"));

    private final String code;
    private final List<String> values;

    Dimension(String code, List<String> values)
    {
        this.code = code;
        this.values = values;
    }

    /** The mart's dimension column value. */
    public String code()
    {
        return code;
    }

    public String labelKey()
    {
        return "admissions.dimension." + name();
    }

    /** Where a value sorts: its place in the list, unknown values after it. */
    int order(String value)
    {
        int index = values.indexOf(value);
        return index < 0 ? values.size() : index;
    }

    public static Optional<Dimension> ofCode(String code)
    {
        for (Dimension dimension : values()) {
            if (dimension.code.equals(code)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
