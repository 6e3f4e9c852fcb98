package io.bastion.ingest.load;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.ingest.validation.Violation;
import io.bastion.ingest.validation.WholeColumns;

import java.util.List;
import java.util.Optional;

/** Settles, once the row and reference rules have run, which deliveries are refused whole and what their refusal says. */
final class Refusals
{
    private Refusals() {}

    static Delivery settle(Delivery delivery)
    {
        if (!delivery.loadable()) {
            return explainOrganizationRow(delivery);
        }
        return delivery.tables()
                .flatMap(WholeColumns::problem)
                // None of its rows replace what is in force, and they are not listed one by one as problem rows either.
                .map(problem -> new Delivery(delivery.sequence(), delivery.name(), delivery.parts(), Optional.empty(), Optional.of(problem), delivery.reprocess()))
                .orElse(delivery);
    }

    /** A submission refused for its 组织信息 row says what is wrong with it, not only where the problems are listed. */
    private static Delivery explainOrganizationRow(Delivery delivery)
    {
        FileRejectedException rejection = delivery.rejection().orElseThrow();
        if (rejection.error() != FileError.ORGANIZATION_ROW_INVALID || delivery.tables().isEmpty()) {
            return delivery;
        }
        ValidatedTables tables = delivery.tables().get();
        List<Violation> problems = tables.rejected().stream()
                .filter(row -> row.table().equals(InputTable.ORGANIZATION.sheetName()))
                .flatMap(row -> row.violations().stream())
                .toList();
        return delivery.rejected(new FileRejectedException(FileError.ORGANIZATION_ROW_INVALID, rejection.fileName(),
                String.join("；", problems.stream().map(Violation::chinese).toList()),
                String.join("; ", problems.stream().map(Violation::english).toList())));
    }
}
