package io.bastion.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The KPI families' answers, kept until the data under them changes: the marts change only when an analysis run commits
 * (its marts and its status 'done' in one transaction), the names and the tree only when an ingestion run ends. Each
 * answer is kept under its request's key (family, month, scope, filters, whatever else the answer depends on), the
 * locale it was written in, and that data version, read before the answer is computed — so an answer computed from
 * new marts may sit under the old version for a moment, but an answer from old marts never under the new one.
 */
@Component
public final class MartCache
{
    private static final String VERSION = """
            SELECT (SELECT coalesce(max(analysis_id), 0) FROM analysis_run WHERE status = 'done'),
                   (SELECT coalesce(max(run_id), 0) FROM ingest_run WHERE finished_at IS NOT NULL)""";

    private final Warehouse warehouse;
    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(2_000).build();

    public MartCache(Warehouse warehouse)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    private record Key(long analysis, long ingestion, Locale locale, List<Object> request)
    {
    }

    /** The answer for {@code request} (its parts must have value equality), computed by {@code compute} when it is not kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> request, Supplier<T> compute)
    {
        long[] version = version();
        Key key = new Key(version[0], version[1], LocaleContextHolder.getLocale(), List.copyOf(request));
        return (T) answers.get(key, ignored -> compute.get());
    }

    private long[] version()
    {
        try (DuckDBConnection connection = warehouse.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(VERSION)) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read the data version", e);
        }
    }
}
