package io.bastion.dashboard.workbench;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * What one workbench query may use: its time (it is cancelled, not abandoned, when that runs out), the rows it may
 * return, the length of its SQL, the memory and threads of the DuckDB instance it runs in, the characters a cell shows.
 */
public record WorkbenchLimits(Duration timeout, long maxRows, int maxSqlLength, String memoryLimit, int threads, int maxCellChars)
{
    public WorkbenchLimits
    {
        requireNonNull(timeout, "timeout is null");
        requireNonNull(memoryLimit, "memoryLimit is null");
        if (timeout.isNegative() || timeout.isZero() || maxRows <= 0 || maxSqlLength <= 0 || threads <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("workbench limits must be positive: " + timeout + ", " + maxRows + ", " + maxSqlLength + ", " + threads + ", " + maxCellChars);
        }
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|KiB|MiB|GiB)")) {
            throw new IllegalArgumentException("workbench memory limit must be like 512MB, got " + memoryLimit);
        }
    }

    public WorkbenchLimits withTimeout(Duration newTimeout)
    {
        return new WorkbenchLimits(newTimeout, maxRows, maxSqlLength, memoryLimit, threads, maxCellChars);
    }

    public WorkbenchLimits withMaxRows(long newMaxRows)
    {
        return new WorkbenchLimits(timeout, newMaxRows, maxSqlLength, memoryLimit, threads, maxCellChars);
    }
}
