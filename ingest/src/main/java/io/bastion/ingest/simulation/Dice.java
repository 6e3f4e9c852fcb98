package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded randomness with the few questions a simulation asks; the same seed gives the same answers. */
final class Dice
{
    private final SplittableRandom random;

    Dice(long seed)
    {
        this.random = new SplittableRandom(seed);
    }

    private Dice(SplittableRandom random)
    {
        this.random = random;
    }

    /** An independent stream, so that one concern drawing more numbers does not shift another's. */
    Dice split()
    {
        return new Dice(random.split());
    }

    boolean chance(double probability)
    {
        return random.nextDouble() < probability;
    }

    /** A whole number from low to high, both included. */
    int between(int low, int high)
    {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high)
    {
        return low + random.nextDouble() * (high - low);
    }

    <T> T pick(List<T> items)
    {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks by weights: {@code weights[i]} is the relative chance of {@code items.get(i)}. */
    <T> T weighted(List<T> items, double... weights)
    {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    LocalDate dayIn(YearMonth month)
    {
        return month.atDay(between(1, month.lengthOfMonth()));
    }

    /** A day from first to last, both included. */
    LocalDate dayBetween(LocalDate first, LocalDate last)
    {
        long days = ChronoUnit.DAYS.between(first, last);
        if (days <= 0) {
            return first;
        }
        return first.plusDays(random.nextLong(days + 1));
    }
}
