package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive;
import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.format.RawTable;
import io.bastion.ingest.format.TableReader;
import io.bastion.ingest.validation.FeedValidator;
import io.bastion.ingest.validation.SubmissionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Archives a delivery's files, then reads and validates them from the archive; safe to use from several threads. */
final class DeliveryReader
{
    private static final Logger log = LoggerFactory.getLogger(DeliveryReader.class);

    /** A period holds the files it read between archiving and reading them: only small ones (most are a few kilobytes). */
    private static final int KEPT_BYTES = 1024 * 1024;

    private final Archive archive;
    private final TableReader reader;

    DeliveryReader(Archive archive, TableReader reader)
    {
        this.archive = archive;
        this.reader = reader;
    }

    /** The delivery with its files archived; those up to {@value #KEPT_BYTES} bytes keep their bytes until they are read. */
    Delivery archive(Delivery delivery)
    {
        List<Part> parts = new ArrayList<>();
        for (Part part : delivery.parts()) {
            Archive.Received received = archive.receive(part.source(), part.name().extension());
            Optional<byte[]> bytes = received.bytes().length <= KEPT_BYTES ? Optional.of(received.bytes()) : Optional.empty();
            parts.add(new Part(part.source(), part.name(), received.copy(), bytes));
        }
        return delivery.withParts(parts);
    }

    /** The delivery with its validated rows, or refused as a whole with the reason; its parts no longer hold their bytes. */
    Delivery validate(Delivery delivery)
    {
        return validated(delivery).withParts(delivery.parts().stream().map(Part::read).toList());
    }

    private Delivery validated(Delivery delivery)
    {
        try {
            if (delivery.kind() == FileKind.BRANCH_SUBMISSION) {
                Map<InputTable, RawTable> tables = new EnumMap<>(InputTable.class);
                for (Part part : delivery.parts()) {
                    for (RawTable table : read(part)) {
                        tables.put(table.table(), table);
                    }
                }
                return delivery.withTables(SubmissionValidator.validate(delivery.name(), tables));
            }
            Part part = delivery.parts().get(0);
            RawTable table = read(part).get(0);
            return delivery.withTables(FeedValidator.validate(delivery.name(), table));
        }
        catch (FileRejectedException e) {
            return delivery.rejected(e);
        }
        catch (RuntimeException e) {
            log.warn("unreadable file {}", delivery.name().original(), e);
            FileError error = switch (delivery.name().extension()) {
                case "xlsx" -> FileError.NOT_XLSX;
                case "json" -> FileError.NOT_JSON;
                default -> FileError.NOT_TEXT;
            };
            return delivery.rejected(new FileRejectedException(error, delivery.name().original(), "读取时出错，详见入库日志", "reading it failed; the ingestion log has the cause"));
        }
    }

    private List<RawTable> read(Part part)
    {
        return part.bytes().isPresent() ? reader.read(part.name(), part.bytes().get()) : reader.read(part.name(), archive.resolve(part.copy()));
    }
}
