package io.bastion.dashboard.web;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Fills what every page's top bar needs: the viewer, the organization and month selectors, the freshness line. */
@Component
public final class Shell
{
    private final Freshness freshness;

    Shell(Freshness freshness)
    {
        this.freshness = freshness;
    }

    /** An organization the selector offers, indented by its depth. */
    public record Choice(String code, String name, int depth)
    {
    }

    public void fill(Model model, Viewer viewer, Selection selection, String page)
    {
        model.addAttribute("viewer", viewer);
        model.addAttribute("page", page);
        model.addAttribute("selection", selection);
        List<Month> months = new ArrayList<>(selection.months());
        Collections.reverse(months);
        model.addAttribute("monthChoices", months);
        Optional<String> within = viewer.limitedToOwnSubtree() ? viewer.orgCode() : Optional.empty();
        OrganizationTree.Snapshot tree = selection.tree();
        List<Choice> choices = new ArrayList<>();
        if (within.isPresent() && tree.find(within.get()).map(organization -> !organization.root()).orElse(true)) {
            choices.add(new Choice(within.get(), tree.name(within.get()), 1));
        }
        int top = within.map(tree::depth).orElse(1);
        for (OrganizationTree.Organization root : tree.roots(within)) {
            choices.add(new Choice(root.code(), root.name(), tree.depth(root.code()) - top + 1));
        }
        model.addAttribute("orgChoices", choices);
        model.addAttribute("parkChoice", !viewer.limitedToOwnSubtree());
        model.addAttribute("freshness", freshness.state());
    }
}
