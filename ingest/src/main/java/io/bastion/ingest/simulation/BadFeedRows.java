package io.bastion.ingest.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Picks exactly the wanted number of rows to break among the feeds' eligible rows, at random. */
final class BadFeedRows
{
    private BadFeedRows() {}

    /** A row of one file: file index, row index. */
    record Position(int file, int row) {}

    /** Spreads {@code count} bad rows at random over the files from {@code first} to {@code files - 1}. */
    static int[] spread(int count, int files, int first, Dice dice)
    {
        int[] perFile = new int[files];
        if (first >= files) {
            return perFile;
        }
        for (int i = 0; i < count; i++) {
            perFile[dice.between(first, files - 1)]++;
        }
        return perFile;
    }

    static void breakSome(List<List<Row>> files, List<Position> eligible, int count, Dice dice, UnaryOperator<Row> breaker)
    {
        List<Position> remaining = new ArrayList<>(eligible);
        for (int i = 0; i < count && !remaining.isEmpty(); i++) {
            Position position = remaining.remove(dice.between(0, remaining.size() - 1));
            List<Row> rows = files.get(position.file());
            rows.set(position.row(), breaker.apply(rows.get(position.row())));
        }
    }
}
