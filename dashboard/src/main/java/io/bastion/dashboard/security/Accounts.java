package io.bastion.dashboard.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates and changes users: the admin on first start, the demo users, and what the admin page asks for. */
@Component
public final class Accounts
{
    public static final String ADMIN = "admin";
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{1,31}");
    private static final Pattern ORG_CODE = Pattern.compile("[A-Z0-9]{4,20}");
    private static final int MINIMUM_PASSWORD = 8;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserQueries users;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserQueries users, PasswordEncoder encoder)
    {
        this.users = users;
        this.encoder = encoder;
    }

    public List<AppUser> all()
    {
        return users.all();
    }

    public boolean exists(String username)
    {
        return users.exists(username);
    }

    /** Creates a user; the password is hashed with BCrypt and never stored. */
    public void create(String username, String displayName, Role role, Optional<String> orgCode, String password)
    {
        check(username, displayName, role, orgCode);
        checkPassword(password);
        if (users.exists(username)) {
            throw new AccountException("用户名「" + username + "」已存在", "the username '" + username + "' is taken");
        }
        users.insert(username, displayName.trim(), role, orgCode, encoder.encode(password));
    }

    public void update(String username, String displayName, Role role, Optional<String> orgCode, boolean enabled)
    {
        check(username, displayName, role, orgCode);
        if (!users.exists(username)) {
            throw new AccountException("用户「" + username + "」不存在", "there is no user '" + username + "'");
        }
        if (ADMIN.equals(username) && (role != Role.ADMIN || !enabled)) {
            throw new AccountException("内置管理员 admin 不能降级或停用", "the built-in admin cannot lose its role or be disabled");
        }
        users.update(username, displayName.trim(), role, orgCode, enabled);
    }

    public void changePassword(String username, String password)
    {
        checkPassword(password);
        if (!users.exists(username)) {
            throw new AccountException("用户「" + username + "」不存在", "there is no user '" + username + "'");
        }
        users.setPassword(username, encoder.encode(password));
    }

    /** A password for a user created by the system: 14 characters of an unambiguous alphabet. */
    public String randomPassword()
    {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void check(String username, String displayName, Role role, Optional<String> orgCode)
    {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException("用户名须以小写字母开头，2–32 位小写字母、数字或 _ . -", "a username is 2–32 lower-case letters, digits, _ . - starting with a letter");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("请填写姓名", "the name is required");
        }
        if (role == Role.SECRETARY && orgCode.isEmpty()) {
            throw new AccountException("支部书记须填写所属组织代码", "a branch secretary needs their organization's code");
        }
        if (orgCode.isPresent() && !ORG_CODE.matcher(orgCode.get()).matches()) {
            throw new AccountException("组织代码格式不符（4–20 位大写字母或数字）", "an organization code is 4–20 upper-case letters or digits");
        }
    }

    private static void checkPassword(String password)
    {
        if (password == null || password.length() < MINIMUM_PASSWORD) {
            throw new AccountException("密码至少 " + MINIMUM_PASSWORD + " 位", "a password has at least " + MINIMUM_PASSWORD + " characters");
        }
    }
}
