package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.web.DataTable;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What {@code /api/trace} returns: the figure (its id, Chinese name and definition), the month and scope, how many rows it
 * counts and the rows themselves, each with the submission it came from; {@code emptyReason} says why there are none.
 */
record TraceData(String id, String figure, Optional<String> argument, String name, String definition, String month, String monthLabel,
        String scopeName, Optional<String> orgCode, long count, String unit, DataTable table, Optional<String> emptyReason)
{
    TraceData
    {
        requireNonNull(id, "id is null");
        requireNonNull(figure, "figure is null");
        requireNonNull(table, "table is null");
    }

    static TraceData empty(TraceRequest request, String name, String definition, String unit, Selection selection, String scopeName, String reason)
    {
        DataTable table = new DataTable("trace", name, List.of(), List.of(), Optional.of(reason));
        return new TraceData(request.id(), request.figure().id(), request.argument(), name, definition, selection.month().iso(),
                selection.month().chinese(), scopeName, selection.orgCode(), 0, unit, table, Optional.of(reason));
    }
}
