package io.bastion.dashboard.mybranch;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Role;
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

import java.util.Optional;

/**
 * 我的支部: a branch secretary's own page — this month's submission, refused files, problem rows, the upload of the corrected
 * file, and the submissions month by month. A secretary sees their own subtree ({@code ?org=} picks an organization in it);
 * an admin may open any organization's; nobody else may open it.
 */
@Controller
final class MyBranchController
{
    private final ScopeGuard guard;
    private final Shell shell;
    private final MyBranchPage page;

    MyBranchController(ScopeGuard guard, Shell shell, MyBranchPage page)
    {
        this.guard = guard;
        this.shell = shell;
        this.page = page;
    }

    @GetMapping("/mybranch")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        Selection selection = select(viewer, month, org);
        shell.fill(model, viewer, selection, MyBranchPage.FAMILY);
        Optional<String> chosen = selection.orgCode();
        model.addAttribute("pageQuery", "month=" + selection.month().iso() + chosen.map(code -> "&org=" + code).orElse(""));
        model.addAttribute("organizationName", chosen.map(selection.tree()::name).orElse(""));
        return MyBranchPage.FAMILY;
    }

    @GetMapping("/api/mybranch")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) Long run)
    {
        return data(viewer, month, org, Optional.ofNullable(run));
    }

    @GetMapping("/api/mybranch/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        return XlsxResponse.of(MyBranchPage.FAMILY, data(viewer, month, org, Optional.empty()));
    }

    private FamilyData data(Viewer viewer, String month, String org, Optional<Long> run)
    {
        Selection selection = select(viewer, month, org);
        return selection.orgCode().map(code -> page.of(viewer, selection, code, run)).orElseGet(() -> page.choose(selection));
    }

    /** Secretaries (their own subtree, enforced by the guard) and admins only. */
    private Selection select(Viewer viewer, String month, String org)
    {
        if (viewer.role() != Role.SECRETARY && viewer.role() != Role.ADMIN) {
            throw new MyBranchRefusedException();
        }
        Selection selection = guard.select(viewer, month, org);
        selection.orgCode().ifPresent(code -> guard.checkOrganization(viewer, selection, code));
        return selection;
    }
}
