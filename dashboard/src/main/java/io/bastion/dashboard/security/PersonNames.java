package io.bastion.dashboard.security;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static io.bastion.sql.generated.restricted.Tables.PERSON_IDENTITY;

/**
 * People's names by their pseudonymous key, from restricted.person_identity — for an admin only: anyone else gets none,
 * whatever the page asked for. Every time names are handed out is logged.
 */
@Component
public final class PersonNames
{
    private static final Logger log = LoggerFactory.getLogger(PersonNames.class);

    private final Warehouse warehouse;

    PersonNames(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The names of these people if the viewer may see personal data; else an empty map. {@code purpose} goes to the log. */
    public Map<Long, String> names(Viewer viewer, Collection<Long> personKeys, String purpose)
    {
        if (!viewer.seesPersonalData() || personKeys.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        try (DuckDBConnection connection = warehouse.connect()) {
            Warehouse.dsl(connection)
                    .select(PERSON_IDENTITY.PERSON_KEY, PERSON_IDENTITY.NAME)
                    .from(PERSON_IDENTITY)
                    .where(PERSON_IDENTITY.PERSON_KEY.in(personKeys))
                    .fetch()
                    .forEach(row -> names.put(row.value1(), row.value2()));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("person names", e);
        }
        log.info("个人信息 personal data: {} names shown to {} for {}", names.size(), viewer.username(), purpose);
        return names;
    }
}
