package io.bastion.dashboard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who may log in at first: the admin's password ({@code bastion.security.admin-password}, environment
 * {@code BASTION_SECURITY_ADMIN_PASSWORD}; blank = a random one printed once), and whether to create one demo user per role.
 */
@ConfigurationProperties("bastion.security")
public record SecuritySettings(
        @DefaultValue("") String adminPassword,
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("") String demoSecretaryOrganization)
{
    public SecuritySettings
    {
        requireNonNull(adminPassword, "bastion.security.admin-password is null");
        requireNonNull(demoSecretaryOrganization, "bastion.security.demo-secretary-organization is null");
    }

    public Optional<String> configuredAdminPassword()
    {
        return adminPassword.isBlank() ? Optional.empty() : Optional.of(adminPassword);
    }
}
