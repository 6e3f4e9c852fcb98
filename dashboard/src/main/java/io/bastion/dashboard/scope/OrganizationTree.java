package io.bastion.dashboard.scope;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.bastion.sql.generated.default_schema.Tables.DIM_ORGANIZATION;
import static org.jooq.impl.DSL.max;

/**
 * The organization hierarchy at a month, as docs/kpi-catalogue.md defines subtrees: the dim_organization version valid at M,
 * edges child → parent between organizations active at M, roots are active 党委 and 党总支. Cached per month until the next
 * ingestion run.
 */
@Component
public final class OrganizationTree
{
    private final Warehouse warehouse;
    private final DataVersion version;
    private final Map<Integer, Snapshot> cache = new ConcurrentHashMap<>();
    private volatile long cachedRun = -1;

    OrganizationTree(Warehouse warehouse, DataVersion version)
    {
        this.version = version;
        this.warehouse = warehouse;
    }

    /** One organization at a month. */
    public record Organization(String code, String name, String kind, Optional<String> parentCode, String unitCategory, boolean active)
    {
        public boolean root()
        {
            return active && ("党委".equals(kind) || "党总支".equals(kind));
        }
    }

    /** The tree at one month. */
    public record Snapshot(int monthKey, Map<String, Organization> organizations, Map<String, List<String>> children)
    {
        public Optional<Organization> find(String code)
        {
            return Optional.ofNullable(organizations.get(code));
        }

        public String name(String code)
        {
            Organization organization = organizations.get(code);
            return organization == null ? code : organization.name();
        }

        /** The organization and every active organization below it; empty when it is not active at this month. */
        public Set<String> subtree(String code)
        {
            Set<String> members = new LinkedHashSet<>();
            Organization start = organizations.get(code);
            if (start == null || !start.active()) {
                return members;
            }
            List<String> pending = new ArrayList<>(List.of(code));
            while (!pending.isEmpty()) {
                String next = pending.remove(pending.size() - 1);
                if (members.add(next)) {
                    pending.addAll(children.getOrDefault(next, List.of()));
                }
            }
            return members;
        }

        /** Roots a viewer may choose: every active 党委 and 党总支 inside the given subtree (or the whole park), top first. */
        public List<Organization> roots(Optional<String> within)
        {
            Set<String> allowed = within.map(this::subtree).orElse(organizations.keySet());
            return organizations.values().stream()
                    .filter(Organization::root)
                    .filter(organization -> allowed.contains(organization.code()))
                    .sorted(Comparator.comparing((Organization organization) -> depth(organization.code())).thenComparing(Organization::code))
                    .toList();
        }

        /** From the top of the park down to the organization, for breadcrumbs. */
        public List<Organization> path(String code)
        {
            List<Organization> path = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            Optional<Organization> current = find(code);
            while (current.isPresent() && seen.add(current.get().code())) {
                path.add(0, current.get());
                current = current.get().parentCode().flatMap(this::find);
            }
            return path;
        }

        public int depth(String code)
        {
            return path(code).size();
        }

        /** The demo's branch secretary: a 党总支 (else a 党委 below the top) with branches under it. */
        public Optional<Organization> demoSecretaryOrganization()
        {
            return roots(Optional.empty()).stream()
                    .filter(organization -> organization.parentCode().isPresent())
                    .sorted(Comparator.comparing((Organization organization) -> !"党总支".equals(organization.kind())).thenComparing(Organization::code))
                    .findFirst();
        }
    }

    public Snapshot at(int monthKey)
    {
        long run = version.current().ingestion();
        if (run != cachedRun) {
            cache.clear();
            cachedRun = run;
        }
        return cache.computeIfAbsent(monthKey, this::load);
    }

    /** The tree at the newest month any organization version covers. */
    public Optional<Snapshot> latest()
    {
        Integer month = read(dsl -> dsl.select(max(DIM_ORGANIZATION.VALID_FROM_MONTH)).from(DIM_ORGANIZATION).fetchOne(0, Integer.class));
        return Optional.ofNullable(month).map(this::at);
    }

    private Snapshot load(int monthKey)
    {
        LocalDate end = YearMonth.of(monthKey / 100, monthKey % 100).atEndOfMonth();
        Map<String, Organization> organizations = new HashMap<>();
        read(dsl -> dsl.select(DIM_ORGANIZATION.ORG_CODE, DIM_ORGANIZATION.ORG_NAME, DIM_ORGANIZATION.ORG_KIND, DIM_ORGANIZATION.PARENT_CODE,
                        DIM_ORGANIZATION.UNIT_CATEGORY, DIM_ORGANIZATION.ESTABLISHED_ON, DIM_ORGANIZATION.DISSOLVED_ON)
                .from(DIM_ORGANIZATION)
                .where(DIM_ORGANIZATION.VALID_FROM_MONTH.le(monthKey).and(DIM_ORGANIZATION.VALID_TO_MONTH.ge(monthKey)))
                .fetch())
                .forEach(row -> {
                    boolean active = !row.value6().isAfter(end) && (row.value7() == null || row.value7().isAfter(end));
                    organizations.put(row.value1(), new Organization(row.value1(), row.value2(), row.value3(), Optional.ofNullable(row.value4()),
                            row.value5(), active));
                });
        Map<String, List<String>> children = new HashMap<>();
        for (Organization organization : organizations.values()) {
            if (!organization.active() || organization.parentCode().isEmpty()) {
                continue;
            }
            Organization parent = organizations.get(organization.parentCode().get());
            if (parent != null && parent.active()) {
                children.computeIfAbsent(parent.code(), key -> new ArrayList<>()).add(organization.code());
            }
        }
        children.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return new Snapshot(monthKey, Map.copyOf(organizations), Map.copyOf(children));
    }

    private <T> T read(java.util.function.Function<DSLContext, T> query)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return query.apply(Warehouse.dsl(connection));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("organization tree", e);
        }
    }
}
