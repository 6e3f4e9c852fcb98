package io.bastion.analytics.job;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

/** One family of marts (coverage, grades, ...) computed from the park's state. */
public interface MartComputation
{
    /**
     * The mart tables this family fills, by name ({@code mart_coverage}), each with exactly the mart's columns
     * except {@code analysis_id} and {@code computed_at}, which the loader stamps.
     */
    Map<String, Dataset<Row>> compute(ParkState park);
}
