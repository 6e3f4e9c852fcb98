package io.bastion.dashboard.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The logged-in user as every page and API sees them: who, which role, and for a secretary their organization. */
public record Viewer(String username, String displayName, Role role, Optional<String> orgCode, String passwordHash, boolean enabled)
        implements UserDetails
{
    public Viewer
    {
        requireNonNull(username, "username is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(role, "role is null");
        requireNonNull(orgCode, "orgCode is null");
        if (role == Role.SECRETARY && orgCode.isEmpty()) {
            throw new IllegalArgumentException("a branch secretary needs an organization: " + username);
        }
    }

    static Viewer of(AppUser user)
    {
        return new Viewer(user.username(), user.displayName(), user.role(), user.orgCode(), user.passwordHash(), user.enabled());
    }

    /** A secretary sees only their own organization's subtree; everyone else sees the park. */
    public boolean limitedToOwnSubtree()
    {
        return role == Role.SECRETARY;
    }

    /** Names, id numbers and raw rows: admins only. */
    public boolean seesPersonalData()
    {
        return role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities()
    {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword()
    {
        return passwordHash;
    }

    @Override
    public String getUsername()
    {
        return username;
    }

    @Override
    public boolean isEnabled()
    {
        return enabled;
    }

    @Override
    public String toString()
    {
        return "Viewer[" + username + ", " + role + orgCode.map(code -> ", " + code).orElse("") + "]";
    }
}
