package io.bastion.dashboard.grades;

import java.util.Arrays;
import java.util.Optional;

/** How an organization's grade moved between two periods; new and gone organizations are changes too, never dropped. */
enum Change
{
    PROMOTED,
    UNCHANGED,
    DEMOTED,
    NEW,
    GONE;

    String labelKey()
    {
        return "grades.change." + name();
    }

    static Change of(Optional<Grade> from, Optional<Grade> to)
    {
        if (from.isEmpty()) {
            return NEW;
        }
        if (to.isEmpty()) {
            return GONE;
        }
        if (to.get().betterThan(from.get())) {
            return PROMOTED;
        }
        return from.get().betterThan(to.get()) ? DEMOTED : UNCHANGED;
    }

    static Optional<Change> parse(String value)
    {
        return Arrays.stream(values()).filter(change -> change.name().equals(value)).findFirst();
    }
}
