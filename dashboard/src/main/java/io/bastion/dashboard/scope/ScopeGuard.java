package io.bastion.dashboard.scope;

import io.bastion.dashboard.security.Viewer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the request's {@code month} and {@code org} into a {@link Selection} the viewer may see. A branch secretary gets
 * their own organization when they name none, and a refusal when they name one outside their subtree — in every page and
 * API alike, so no link, URL or drill-down parameter reaches further.
 */
@Component
public final class ScopeGuard
{
    private final AnalysedMonths analysedMonths;
    private final OrganizationTree tree;

    ScopeGuard(AnalysedMonths analysedMonths, OrganizationTree tree)
    {
        this.analysedMonths = analysedMonths;
        this.tree = tree;
    }

    public Selection select(Viewer viewer, String monthParameter, String orgParameter)
    {
        List<Month> months = analysedMonths.months();
        Month month = Month.parse(monthParameter)
                .orElseGet(() -> months.isEmpty() ? tree.latest().map(snapshot -> new Month(snapshot.monthKey())).orElse(new Month(200001))
                        : months.get(months.size() - 1));
        if (monthParameter != null && !monthParameter.isBlank() && Month.parse(monthParameter).isEmpty()) {
            throw new ScopeException(ScopeException.Kind.BAD_MONTH, monthParameter);
        }
        OrganizationTree.Snapshot snapshot = tree.at(month.key());
        Optional<String> org = Optional.ofNullable(orgParameter).map(String::trim).filter(code -> !code.isEmpty());
        if (org.isPresent() && !org.get().matches("[A-Z0-9]{4,20}")) {
            throw new ScopeException(ScopeException.Kind.BAD_ORGANIZATION, org.get());
        }
        if (viewer.limitedToOwnSubtree()) {
            String own = viewer.orgCode().orElseThrow();
            if (org.isEmpty()) {
                org = Optional.of(own);
            }
            else if (!allowed(snapshot, own).contains(org.get())) {
                throw new ScopeException(ScopeException.Kind.OUTSIDE_SUBTREE, org.get());
            }
        }
        if (org.isPresent() && snapshot.find(org.get()).isEmpty()) {
            throw new ScopeException(ScopeException.Kind.UNKNOWN_ORGANIZATION, org.get());
        }
        return new Selection(month, org, months, snapshot);
    }

    /** Whether the viewer may see this organization at this month (for pages about one organization). */
    public void checkOrganization(Viewer viewer, Selection selection, String orgCode)
    {
        if (!viewer.limitedToOwnSubtree()) {
            return;
        }
        if (!allowed(selection.tree(), viewer.orgCode().orElseThrow()).contains(orgCode)) {
            throw new ScopeException(ScopeException.Kind.OUTSIDE_SUBTREE, orgCode);
        }
    }

    /**
     * Whether the viewer answers for this organization at this month (the tree at the latest month when none is given):
     * anyone but a branch secretary answers for all; a secretary for their own organization and those below it.
     */
    public boolean answersFor(Viewer viewer, String orgCode, Optional<Month> month)
    {
        if (!viewer.limitedToOwnSubtree()) {
            return true;
        }
        String own = viewer.orgCode().orElseThrow();
        Optional<OrganizationTree.Snapshot> snapshot = month.map(chosen -> tree.at(chosen.key())).or(tree::latest);
        return snapshot.map(found -> allowed(found, own)).orElse(Set.of(own)).contains(orgCode);
    }

    private static Set<String> allowed(OrganizationTree.Snapshot snapshot, String own)
    {
        Set<String> subtree = snapshot.subtree(own);
        // A secretary's own organization stays theirs in a month it was not active.
        return subtree.isEmpty() ? Set.of(own) : subtree;
    }
}
