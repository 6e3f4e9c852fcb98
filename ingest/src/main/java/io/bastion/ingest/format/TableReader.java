package io.bastion.ingest.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the tables of one received file, in whichever of the accepted formats it came. */
public final class TableReader
{
    private static final List<InputTable> SUBMISSION_TABLES = List.of(InputTable.ORGANIZATION, InputTable.PEOPLE, InputTable.ORGANIZATION_LIFE);

    private final long maxUncompressedBytes;

    public TableReader(long maxUncompressedBytes)
    {
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    public List<RawTable> read(FileName name, Path file)
    {
        return read(name, bytes(file));
    }

    /** Reads the tables of a file from its bytes, read once. */
    public List<RawTable> read(FileName name, byte[] bytes)
    {
        String fileName = name.original();
        if (name.kind() == FileKind.BRANCH_SUBMISSION) {
            if (name.csvPart().isPresent()) {
                return List.of(CsvReader.read(bytes, fileName, name.csvPart().get()));
            }
            if (name.extension().equals("json")) {
                return JsonReader.readSubmission(bytes, fileName);
            }
            return XlsxReader.read(bytes, fileName, SUBMISSION_TABLES, false, maxUncompressedBytes);
        }
        InputTable table = name.kind().feedTable().orElseThrow();
        if (name.extension().equals("csv")) {
            return List.of(CsvReader.read(bytes, fileName, table));
        }
        return XlsxReader.read(bytes, fileName, List.of(table), true, maxUncompressedBytes);
    }

    private static byte[] bytes(Path file)
    {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
