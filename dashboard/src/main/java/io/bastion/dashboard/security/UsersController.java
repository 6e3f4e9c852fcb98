package io.bastion.dashboard.security;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.web.Shell;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.Optional;

/** 用户管理 (admins only, see SecurityConfiguration): list, create, change role or organization, disable, reset a password. */
@Controller
final class UsersController
{
    private final Accounts accounts;
    private final ScopeGuard guard;
    private final Shell shell;

    UsersController(Accounts accounts, ScopeGuard guard, Shell shell)
    {
        this.accounts = accounts;
        this.guard = guard;
        this.shell = shell;
    }

    /** A user as the page lists them: never the hash. */
    record Listed(String username, String displayName, Role role, String orgCode, boolean enabled, String updatedAt)
    {
    }

    @GetMapping("/admin/users")
    String page(@AuthenticationPrincipal Viewer viewer, Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, null, null), "admin");
        model.addAttribute("users", accounts.all().stream()
                .map(user -> new Listed(user.username(), user.displayName(), user.role(), user.orgCode().orElse(""), user.enabled(),
                        user.updatedAt().withNano(0).toString().replace('T', ' ')))
                .toList());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "admin";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
            @RequestParam(required = false) String orgCode, @RequestParam String password, RedirectAttributes redirect)
    {
        return act(redirect, "admin.created", () -> accounts.create(username.trim(), displayName, role(role), organization(orgCode), password));
    }

    @PostMapping("/admin/users/update")
    String update(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
            @RequestParam(required = false) String orgCode, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect)
    {
        return act(redirect, "admin.updated", () -> accounts.update(username, displayName, role(role), organization(orgCode), enabled));
    }

    @PostMapping("/admin/users/password")
    String password(@RequestParam String username, @RequestParam String password, RedirectAttributes redirect)
    {
        return act(redirect, "admin.passwordChanged", () -> accounts.changePassword(username, password));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable action)
    {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        }
        catch (AccountException e) {
            redirect.addFlashAttribute("refused", e.chinese() + " / " + e.english());
        }
        return "redirect:/admin/users";
    }

    private static Role role(String value)
    {
        return Role.parse(value).orElseThrow(() -> new AccountException("未知的角色「" + value + "」", "unknown role '" + value + "'"));
    }

    private static Optional<String> organization(String orgCode)
    {
        return Optional.ofNullable(orgCode).map(String::trim).filter(code -> !code.isEmpty());
    }
}
