package io.bastion.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bastion.dashboard.scope.DataVersion;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The KPI families' answers, kept until the data under them changes ({@link DataVersion}: the marts change only when an
 * analysis run commits, the names and the tree only when an ingestion run ends). Each answer is kept under its request's
 * key (family, month, scope, filters, whatever else the answer depends on), the locale it was written in, and the data
 * version read before the answer is computed — so an answer computed from new marts may sit under the old version for a
 * moment, but an answer from old marts never under the new one.
 */
@Component
public final class MartCache
{
    private final DataVersion version;
    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(2_000).build();

    public MartCache(DataVersion version)
    {
        this.version = requireNonNull(version, "version is null");
    }

    private record Key(DataVersion.Version version, Locale locale, List<Object> request)
    {
    }

    /** The answer for {@code request} (its parts must have value equality), computed by {@code compute} when it is not kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> request, Supplier<T> compute)
    {
        Key key = new Key(version.current(), LocaleContextHolder.getLocale(), List.copyOf(request));
        return (T) answers.get(key, ignored -> compute.get());
    }
}
