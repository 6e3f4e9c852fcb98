package io.bastion.ingest.load;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.ValidatedTables;

/** Rows read, loaded and rejected for one part of a delivery. */
record PartCounts(int read, int loaded, int rejected)
{
    static PartCounts of(Delivery delivery, Part part, Outcome outcome)
    {
        if (delivery.tables().isEmpty()) {
            return new PartCounts(0, 0, 0);
        }
        ValidatedTables tables = delivery.tables().get();
        if (part.name().csvPart().isEmpty()) {
            int rejected = (int) tables.rejected().stream().map(r -> r.table() + "#" + r.raw().rowNo()).distinct().count();
            int valid = tables.rowsRead() - rejected;
            return new PartCounts(tables.rowsRead(), outcome == Outcome.LOADED ? valid : 0, rejected);
        }
        InputTable table = part.name().csvPart().get();
        int read = tables.raw().stream().filter(t -> t.table() == table).mapToInt(t -> t.rows().size()).sum();
        int rejected = (int) tables.rejected().stream().filter(r -> r.table().equals(table.sheetName())).map(r -> r.raw().rowNo()).distinct().count();
        return new PartCounts(read, outcome == Outcome.LOADED ? read - rejected : 0, rejected);
    }
}
