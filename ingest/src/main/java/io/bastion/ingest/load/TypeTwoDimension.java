package io.bastion.ingest.load;

import java.util.List;

/**
 * A type-2 dimension derived from a monthly fact: a new version starts in every month whose
 * attributes differ from the month before, and lasts until the month before the next version.
 * Rebuilt for the keys a load transaction listed in scratch_key under {@code scratchKind}.
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

    String delete()
    {
        return "DELETE FROM " + dimension + " WHERE " + key + " IN (" + touchedKeys() + ")";
    }

    String rebuild()
    {
        String columns = String.join(", ", attributes);
        return """
                INSERT INTO %1$s
                WITH months AS (
                    SELECT *, struct_pack(%2$s) AS attributes FROM %3$s WHERE %4$s IN (%5$s)),
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
                """.formatted(dimension, columns, fact, key, touchedKeys());
    }

    private String touchedKeys()
    {
        return "SELECT code FROM scratch_key WHERE kind = '" + scratchKind + "'";
    }
}
