package io.bastion.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting the lake's and the job's own folders. */
final class Folders
{
    private Folders() {}

    /** Deletes {@code folder} and everything below it; a missing folder is fine. Links are removed, not followed. */
    static void delete(Path folder)
    {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法删除 " + folder + " / cannot delete " + folder, e);
        }
    }
}
