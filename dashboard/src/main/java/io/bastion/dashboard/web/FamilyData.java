package io.bastion.dashboard.web;

import io.bastion.dashboard.scope.Selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What one KPI family's API returns for a selection: the cards, and the tables its charts and lists are drawn from (the
 * same tables its .xlsx export writes). {@code emptyReason} says why there is nothing to show.
 */
public record FamilyData(String family, String month, String monthLabel, String scopeName, Optional<String> orgCode, List<Kpi> kpis,
        Map<String, DataTable> tables, Optional<String> emptyReason)
{
    public FamilyData
    {
        requireNonNull(family, "family is null");
        kpis = List.copyOf(kpis);
        tables = new LinkedHashMap<>(tables);
    }

    public static FamilyData of(String family, Selection selection, List<Kpi> kpis, List<DataTable> tables, Optional<String> emptyReason)
    {
        Map<String, DataTable> byId = new LinkedHashMap<>();
        tables.forEach(table -> byId.put(table.id(), table));
        return new FamilyData(family, selection.month().iso(), selection.month().chinese(), selection.scopeName(), selection.orgCode(), kpis, byId,
                emptyReason);
    }
}
