package io.bastion.dashboard.security;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.bastion.sql.generated.restricted.Tables.APP_USER;
import static org.jooq.Records.mapping;

/** restricted.app_user: the users, their roles and password hashes. */
@Component
final class UserQueries
{
    private final Warehouse warehouse;

    UserQueries(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    Optional<AppUser> find(String username)
    {
        return read(dsl -> dsl.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.ORG_CODE, APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED, APP_USER.CREATED_AT, APP_USER.UPDATED_AT)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(mapping(AppUser::new)));
    }

    List<AppUser> all()
    {
        return read(dsl -> dsl.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.ORG_CODE, APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED, APP_USER.CREATED_AT, APP_USER.UPDATED_AT)
                .from(APP_USER)
                .orderBy(APP_USER.ROLE, APP_USER.USERNAME)
                .fetch(mapping(AppUser::new)));
    }

    boolean exists(String username)
    {
        return read(dsl -> dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username)));
    }

    void insert(String username, String displayName, Role role, Optional<String> orgCode, String passwordHash)
    {
        LocalDateTime now = LocalDateTime.now();
        read(dsl -> dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.ORG_CODE, orgCode.orElse(null))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .execute());
    }

    void update(String username, String displayName, Role role, Optional<String> orgCode, boolean enabled)
    {
        read(dsl -> dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.ORG_CODE, orgCode.orElse(null))
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.UPDATED_AT, LocalDateTime.now())
                .where(APP_USER.USERNAME.eq(username))
                .execute());
    }

    void setPassword(String username, String passwordHash)
    {
        read(dsl -> dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.UPDATED_AT, LocalDateTime.now())
                .where(APP_USER.USERNAME.eq(username))
                .execute());
    }

    private <T> T read(Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("users", e);
        }
    }
}
