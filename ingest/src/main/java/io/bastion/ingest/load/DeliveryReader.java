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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Archives a delivery's files, then reads and validates them from the archive; safe to use from several threads. */
final class DeliveryReader
{
    private static final Logger log = LoggerFactory.getLogger(DeliveryReader.class);

    private final Archive archive;
    private final TableReader reader;

    DeliveryReader(Archive archive, TableReader reader)
    {
        this.archive = archive;
        this.reader = reader;
    }

    Delivery archive(Delivery delivery)
    {
        List<Part> parts = delivery.parts().stream()
                .map(part -> new Part(part.source(), part.name(), archive.store(part.source(), part.name().extension())))
                .toList();
        return delivery.withParts(parts);
    }

    /** The delivery with its validated rows, or refused as a whole with the reason. */
    Delivery validate(Delivery delivery)
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
        return reader.read(part.name(), archive.resolve(part.copy()));
    }
}
