package io.bastion.dashboard.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may see and do; the label key names the role in messages_*.properties. */
public enum Role
{
    /** 领导: every KPI of the park, no personal data. */
    LEADER,
    /** 分析员: every KPI; the SQL workbench. */
    ANALYST,
    /** 支部书记: only their own organization's subtree. */
    SECRETARY,
    /** 管理员: users, sources, personal data. */
    ADMIN;

    /** The Spring Security authority, ROLE_LEADER and so on. */
    public String authority()
    {
        return "ROLE_" + name();
    }

    public String labelKey()
    {
        return "role." + name();
    }

    public static Optional<Role> parse(String value)
    {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
