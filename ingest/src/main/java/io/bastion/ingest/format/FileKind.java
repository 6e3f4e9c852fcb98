package io.bastion.ingest.format;

import java.util.Optional;

/** What a received file is, judged by its name (DOMAIN.md §Files). */
public enum FileKind
{
    ENTERPRISE_REGISTRY(InputTable.ENTERPRISE_REGISTRY, 0),
    BRANCH_SUBMISSION(null, 1),
    ANNUAL_TARGETS(InputTable.ANNUAL_TARGETS, 2),
    GRADES(InputTable.GRADES, 3),
    DEMONSTRATION_SITES(InputTable.DEMONSTRATION_SITES, 4),
    LIAISON_ASSIGNMENTS(InputTable.LIAISON_ASSIGNMENTS, 5),
    LIAISON_CONTACTS(InputTable.LIAISON_CONTACTS, 6);

    private final InputTable feedTable;
    private final int order;

    FileKind(InputTable feedTable, int order)
    {
        this.feedTable = feedTable;
        this.order = order;
    }

    /** The one table a committee feed carries; empty for branch submissions, which carry three. */
    public Optional<InputTable> feedTable()
    {
        return Optional.ofNullable(feedTable);
    }

    /** Within one period, files are loaded in this order, so that references resolve: registry first. */
    public int order()
    {
        return order;
    }
}
