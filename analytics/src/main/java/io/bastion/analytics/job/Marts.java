package io.bastion.analytics.job;

import java.util.List;

/**
 * Every mart family the Spark job computes. A feature adds its {@link MartComputation} to the list; the job writes
 * whatever marts the list returns, and the mart load requires one folder per mart table of the schema.
 */
public final class Marts
{
    private Marts() {}

    public static List<MartComputation> all()
    {
        return List.of();
    }
}
