package io.bastion.dashboard.organization;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Shell;
import io.bastion.dashboard.web.XlsxResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 组织: one organization's history at the chosen month ({@code ?org=CODE}), or without an organization the list of those
 * the viewer may open. A branch secretary opens only organizations of their own subtree (403 otherwise).
 */
@Controller
final class OrganizationController
{
    private final ScopeGuard guard;
    private final Shell shell;
    private final OrganizationHistory history;

    OrganizationController(ScopeGuard guard, Shell shell, OrganizationHistory history)
    {
        this.guard = guard;
        this.shell = shell;
        this.history = history;
    }

    @GetMapping("/organization")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        Optional<String> chosen = chosen(org);
        Selection selection = select(viewer, month, chosen);
        shell.fill(model, viewer, selection, OrganizationHistory.FAMILY);
        chosen.ifPresent(code -> offerInSelector(model, selection, code));
        model.addAttribute("pageQuery", "month=" + selection.month().iso() + chosen.map(code -> "&org=" + code).orElse(""));
        model.addAttribute("organizationCode", chosen.orElse(""));
        model.addAttribute("organizationName", chosen.map(selection.tree()::name).orElse(""));
        model.addAttribute("organizationKind", chosen.flatMap(selection.tree()::find).map(found -> found.kind()).orElse(""));
        return OrganizationHistory.FAMILY;
    }

    @GetMapping("/api/organization")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        return data(viewer, month, org);
    }

    @GetMapping("/api/organization/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        return XlsxResponse.of(OrganizationHistory.FAMILY, data(viewer, month, org));
    }

    private FamilyData data(Viewer viewer, String month, String org)
    {
        Optional<String> chosen = chosen(org);
        Selection selection = select(viewer, month, chosen);
        return chosen.map(code -> history.of(viewer, selection, code)).orElseGet(() -> history.list(viewer, selection));
    }

    /** The selection of the organization's subtree, checked against the viewer; without one, the viewer's default scope. */
    private Selection select(Viewer viewer, String month, Optional<String> chosen)
    {
        Selection selection = guard.select(viewer, month, chosen.orElse(null));
        chosen.ifPresent(code -> guard.checkOrganization(viewer, selection, code));
        return selection;
    }

    private static Optional<String> chosen(String org)
    {
        return Optional.ofNullable(org).map(String::trim).filter(code -> !code.isEmpty());
    }

    /** The top bar's selector lists 党委 and 党总支; a branch's page shows the branch selected there too, under its parent. */
    @SuppressWarnings("unchecked")
    private static void offerInSelector(Model model, Selection selection, String code)
    {
        List<Shell.Choice> choices = new ArrayList<>((List<Shell.Choice>) model.getAttribute("orgChoices"));
        if (choices.stream().anyMatch(choice -> choice.code().equals(code))) {
            return;
        }
        int at = choices.size();
        int depth = 1;
        for (int i = 0; i < choices.size(); i++) {
            if (selection.tree().find(code).flatMap(found -> found.parentCode()).map(choices.get(i).code()::equals).orElse(false)) {
                at = i + 1;
                depth = choices.get(i).depth() + 1;
            }
        }
        choices.add(at, new Shell.Choice(code, selection.tree().name(code), depth));
        model.addAttribute("orgChoices", choices);
    }
}
