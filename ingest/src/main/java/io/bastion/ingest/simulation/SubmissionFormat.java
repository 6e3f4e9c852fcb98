package io.bastion.ingest.simulation;

import java.util.List;

/** How an organization sends its three tables; fixed per organization. */
enum SubmissionFormat
{
    XLSX,
    CSV,
    JSON;

    DateStyle habitualDateStyle(Dice dice)
    {
        List<DateStyle> styles = List.of(DateStyle.values());
        return switch (this) {
            case XLSX -> dice.weighted(styles, 0.35, 0.1, 0.05, 0.1, 0.4);
            case CSV -> dice.weighted(styles, 0.6, 0.2, 0.1, 0.1, 0);
            case JSON -> dice.weighted(styles, 0.75, 0.15, 0.1, 0, 0);
        };
    }

    /** The habit most of the time, another style now and then. */
    DateStyle dateStyleFor(DateStyle habit, Dice dice)
    {
        if (dice.chance(0.85)) {
            return habit;
        }
        return habitualDateStyle(dice);
    }
}
