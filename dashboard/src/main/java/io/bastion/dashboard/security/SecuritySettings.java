package io.bastion.dashboard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who may log in at first: the admin's password ({@code bastion.security.admin-password}, environment
 * {@code BASTION_SECURITY_ADMIN_PASSWORD}; blank = a random one printed once); {@code demo-users}: on start, give one user per
 * role a new random password and print them all; {@code demo-mode}: set by {@code ./bastion demo}, which prints them after
 * ingesting the park instead.
 */
@ConfigurationProperties("bastion.security")
public record SecuritySettings(
        @DefaultValue("") String adminPassword,
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("false") boolean demoMode)
{
    public SecuritySettings
    {
        requireNonNull(adminPassword, "bastion.security.admin-password is null");
    }

    public Optional<String> configuredAdminPassword()
    {
        return adminPassword.isBlank() ? Optional.empty() : Optional.of(adminPassword);
    }
}
