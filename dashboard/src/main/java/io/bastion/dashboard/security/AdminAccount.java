package io.bastion.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Optional;

/**
 * On first start the warehouse has no users: creates {@code admin} with the configured password, or a random one printed
 * once to the console (never logged to a file).
 */
@Component
final class AdminAccount
        implements ApplicationRunner
{
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final Accounts accounts;
    private final SecuritySettings settings;
    private final DemoUsers demoUsers;
    private final PrintStream console = System.out;

    AdminAccount(Accounts accounts, SecuritySettings settings, DemoUsers demoUsers)
    {
        this.accounts = accounts;
        this.settings = settings;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments arguments)
    {
        if (settings.demoMode()) {
            return;
        }
        if (settings.demoUsers()) {
            demoUsers.create(console);
            return;
        }
        if (accounts.exists(Accounts.ADMIN)) {
            return;
        }
        Optional<String> configured = settings.configuredAdminPassword();
        String password = configured.orElseGet(accounts::randomPassword);
        accounts.create(Accounts.ADMIN, "系统管理员", Role.ADMIN, Optional.empty(), password);
        log.info("已创建管理员账号 admin / created the admin account");
        if (configured.isEmpty()) {
            console.println();
            console.println("管理员账号 / admin account:  用户名 username admin  密码 password " + password);
            console.println("（只显示这一次，请登录后在「管理」页修改 / shown only this once: change it on the admin page）");
            console.println();
        }
    }
}
