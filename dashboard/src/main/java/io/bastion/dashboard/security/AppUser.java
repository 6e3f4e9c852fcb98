package io.bastion.dashboard.security;

import java.time.LocalDateTime;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A dashboard user as stored in restricted.app_user (the hash never leaves the security package). */
public record AppUser(String username, String displayName, Role role, Optional<String> orgCode, String passwordHash, boolean enabled,
        LocalDateTime createdAt, LocalDateTime updatedAt)
{
    public AppUser
    {
        requireNonNull(username, "username is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(role, "role is null");
        requireNonNull(orgCode, "orgCode is null");
        requireNonNull(passwordHash, "passwordHash is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    AppUser(String username, String displayName, String role, String orgCode, String passwordHash, boolean enabled, LocalDateTime createdAt,
            LocalDateTime updatedAt)
    {
        this(username, displayName, Role.valueOf(role), Optional.ofNullable(orgCode), passwordHash, enabled, createdAt, updatedAt);
    }
}
