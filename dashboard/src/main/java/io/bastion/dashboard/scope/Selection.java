package io.bastion.dashboard.scope;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a page shows: the month, and the organization whose subtree it is limited to (none = the whole park). Checked
 * against the viewer by {@link ScopeGuard} before any query sees it.
 */
public record Selection(Month month, Optional<String> orgCode, List<Month> months, OrganizationTree.Snapshot tree)
{
    public static final String PARK = "park";
    public static final String PARK_CODE = "全园区";
    public static final String SUBTREE = "subtree";

    public Selection
    {
        requireNonNull(month, "month is null");
        requireNonNull(orgCode, "orgCode is null");
        months = List.copyOf(months);
        requireNonNull(tree, "tree is null");
    }

    /** The marts' scope_kind for this selection. */
    public String scopeKind()
    {
        return orgCode.isPresent() ? SUBTREE : PARK;
    }

    /** The marts' scope_code for this selection. */
    public String scopeCode()
    {
        return orgCode.orElse(PARK_CODE);
    }

    /** Whether the marts hold figures for this scope: the park, or a 党委 / 党总支 subtree. */
    public boolean scopeHasFigures()
    {
        return orgCode.isEmpty() || tree.find(orgCode.get()).map(OrganizationTree.Organization::root).orElse(false);
    }

    /** The organizations whose rows a list may show: the subtree, or every organization of the park. */
    public Optional<java.util.Set<String>> organizations()
    {
        return orgCode.map(tree::subtree);
    }

    public String scopeName()
    {
        return orgCode.map(tree::name).orElse(PARK_CODE);
    }

    /** The months of the last N (oldest first) ending at this month, within the analysed months. */
    public List<Month> trailing(int count)
    {
        return months.stream().filter(candidate -> candidate.key() <= month.key()).skip(Math.max(0,
                months.stream().filter(candidate -> candidate.key() <= month.key()).count() - count)).toList();
    }

    /** The URL query that reproduces this selection. */
    public String query()
    {
        return "month=" + month.iso() + orgCode.map(code -> "&org=" + code).orElse("");
    }
}
