package io.bastion.dashboard.workbench;

import io.bastion.dashboard.security.Viewer;

/** The two published copies of the warehouse: analysts get one without schema restricted, admins one with it. */
public enum Snapshot
{
    /** No names, id numbers, secretaries, password hashes: schema restricted is not in the file at all. */
    ANALYST("analyst"),
    /** The whole warehouse, schema restricted included. */
    ADMIN("admin");

    private final String code;

    Snapshot(String code)
    {
        this.code = code;
    }

    public String code()
    {
        return code;
    }

    public String fileName()
    {
        return code + ".duckdb";
    }

    /** Whether the snapshot holds personal data, so that what is exported from it is logged as such. */
    public boolean holdsPersonalData()
    {
        return this == ADMIN;
    }

    public static Snapshot of(Viewer viewer)
    {
        return viewer.seesPersonalData() ? ADMIN : ANALYST;
    }
}
