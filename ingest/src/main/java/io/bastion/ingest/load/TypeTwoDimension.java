package io.bastion.ingest.load;

import java.util.List;

/**
 * A type-2 dimension derived from a monthly fact: a new version starts in every month whose
 * attributes differ from the month before, and lasts until the month before the next version.
 * A load transaction rebuilds only what its own rows can have changed: a key whose rows it deleted
 * (listed in scratch_key under {@code scratchKind}) or that is new, from the start; a key whose new rows
 * (those of the files in scratch_file) differ from its current version, from that version's start,
 * since the versions before it keep their rows and their end; a key whose new rows repeat its current
 * version and come after its start, not at all. A new row earlier than the current version's start
 * rebuilds the key from the start.
 */
record TypeTwoDimension(String dimension, String fact, String key, String scratchKind, List<String> attributes)
{
    static final TypeTwoDimension ORGANIZATION = new TypeTwoDimension("dim_organization", "fact_organization_report", "org_code", "org",
            List.of("org_name", "org_kind", "parent_code", "unit_category", "established_on", "dissolved_on", "term_started_on", "formation", "covered_units"));
    static final TypeTwoDimension ENTERPRISE = new TypeTwoDimension("dim_enterprise", "fact_enterprise_month", "unit_code", "unit",
            List.of("unit_name", "unit_category", "industry", "moved_in_on", "moved_out_on"));

    TypeTwoDimension
    {
        attributes = List.copyOf(attributes);
    }

    /** The statements that bring the dimension up to date with the transaction's rows, in order. */
    List<String> statements()
    {
        return List.of(rebuildFrom(), deleteRebuilt(), rebuild());
    }

    /** Which keys to rebuild, and from which month. */
    private String rebuildFrom()
    {
        return """
                INSERT INTO scratch_rebuild
                SELECT DISTINCT '%4$s', code, 0 FROM scratch_key WHERE kind = '%4$s'
                UNION ALL
                SELECT '%4$s', n.%3$s, CASE WHEN c.%3$s IS NULL OR min(n.month_key) < c.valid_from_month THEN 0 ELSE c.valid_from_month END
                FROM %2$s n LEFT JOIN %1$s c ON c.%3$s = n.%3$s AND c.is_current
                WHERE n.file_id IN (SELECT file_id FROM scratch_file) AND n.%3$s NOT IN (SELECT code FROM scratch_key WHERE kind = '%4$s')
                GROUP BY n.%3$s, c.%3$s, c.valid_from_month
                HAVING c.%3$s IS NULL OR min(n.month_key) < c.valid_from_month OR bool_or(%5$s IS DISTINCT FROM %6$s)
                """.formatted(dimension, fact, key, scratchKind, attributesOf("n"), attributesOf("c"));
    }

    private String deleteRebuilt()
    {
        return """
                DELETE FROM %1$s d USING scratch_rebuild r
                WHERE r.kind = '%3$s' AND d.%2$s = r.code AND d.valid_from_month >= r.from_month
                """.formatted(dimension, key, scratchKind);
    }

    private String rebuild()
    {
        String columns = String.join(", ", attributes);
        return """
                INSERT INTO %1$s
                WITH months AS (
                    SELECT f.*, struct_pack(%2$s) AS attributes
                    FROM %3$s f JOIN scratch_rebuild r ON r.kind = '%5$s' AND f.%4$s = r.code AND f.month_key >= r.from_month),
                starts AS (
                    SELECT * FROM months
                    QUALIFY lag(attributes) OVER (PARTITION BY %4$s ORDER BY month_key) IS DISTINCT FROM attributes),
                versions AS (
                    SELECT *, lead(month_key) OVER (PARTITION BY %4$s ORDER BY month_key) AS next_start FROM starts)
                SELECT %4$s, month_key,
                       CASE WHEN next_start IS NULL THEN 999912 WHEN next_start %% 100 = 1 THEN next_start - 89 ELSE next_start - 1 END,
                       next_start IS NULL,
                       %2$s
                FROM versions
                """.formatted(dimension, columns, fact, key, scratchKind);
    }

    private String attributesOf(String alias)
    {
        return "struct_pack(" + String.join(", ", attributes.stream().map(column -> column + " := " + alias + "." + column).toList()) + ")";
    }
}
