package io.bastion.analytics.lake;

import static java.util.Objects.requireNonNull;

/** An analysis run could not finish; the marts of the last done run stay. The message is in Chinese and English. */
public final class AnalysisException
        extends RuntimeException
{
    /** Where the run stopped. */
    public enum Reason
    {
        /** The runner's settings point at something missing (spark-home, job jar, Java). */
        SETUP,
        /** Writing the Parquet lake failed. */
        EXPORT,
        /** The Spark job exited with an error. */
        JOB,
        /** The Spark job did not finish within the timeout and was stopped. */
        TIMEOUT,
        /** The job's output is not the marts of the schema (a folder missing, unknown or with other columns). */
        MARTS,
        /** Loading the marts into the warehouse failed and was rolled back. */
        LOAD
    }

    private final Reason reason;

    public AnalysisException(Reason reason, String message)
    {
        this(reason, message, null);
    }

    public AnalysisException(Reason reason, String message, Throwable cause)
    {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public Reason reason()
    {
        return reason;
    }
}
