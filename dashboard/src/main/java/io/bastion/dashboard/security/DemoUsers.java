package io.bastion.dashboard.security;

import io.bastion.dashboard.scope.OrganizationTree;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./bastion demo}: one user per role, so a newcomer can log in as each at once. Every demo start gives them (and
 * admin) new random passwords and prints them; the branch secretary answers for a 党总支 of the simulated park.
 */
@Component
public final class DemoUsers
{
    private final Accounts accounts;
    private final OrganizationTree tree;

    DemoUsers(Accounts accounts, OrganizationTree tree)
    {
        this.accounts = accounts;
        this.tree = tree;
    }

    public void create(PrintStream out)
    {
        List<String[]> lines = new ArrayList<>();
        lines.add(ensure(Accounts.ADMIN, "系统管理员", Role.ADMIN, Optional.empty()));
        lines.add(ensure("leader", "园区党工委书记（演示）", Role.LEADER, Optional.empty()));
        lines.add(ensure("analyst", "党群工作部分析员（演示）", Role.ANALYST, Optional.empty()));
        tree.latest().flatMap(OrganizationTree.Snapshot::demoSecretaryOrganization).ifPresent(organization ->
                lines.add(ensure("secretary", organization.name() + "书记（演示）", Role.SECRETARY, Optional.of(organization.code()))));
        out.println();
        out.println("演示账号 / demo users (登录 log in at /login):");
        for (String[] line : lines) {
            out.printf("  %-10s %-12s 密码 password %s%n", line[0], line[1], line[2]);
        }
    }

    private String[] ensure(String username, String displayName, Role role, Optional<String> orgCode)
    {
        String password = accounts.randomPassword();
        if (accounts.exists(username)) {
            if (!Accounts.ADMIN.equals(username)) {
                accounts.update(username, displayName, role, orgCode, true);
            }
            accounts.changePassword(username, password);
        }
        else {
            accounts.create(username, displayName, role, orgCode, password);
        }
        return new String[] {username, role.name(), password};
    }
}
