package io.bastion.ingest.load;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * How ingestion runs: where the archive is, the largest file accepted, the most an .xlsx may
 * inflate to, how many rows one transaction loads, and how many threads read files.
 */
public record IngestSettings(Path archive, long maxFileBytes, long maxUncompressedBytes, int maxRowsPerTransaction, int parallelism)
{
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS_PER_TRANSACTION = 250_000;

    public IngestSettings
    {
        requireNonNull(archive, "archive is null");
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxRowsPerTransaction <= 0 || parallelism <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static IngestSettings defaults(Path archive)
    {
        return new IngestSettings(archive, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_ROWS_PER_TRANSACTION,
                Runtime.getRuntime().availableProcessors());
    }
}
