package io.bastion.dashboard.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder only this process's user can read, deleted with everything in it when closed. */
final class PrivateFolder
        implements AutoCloseable
{
    private final Path path;

    private PrivateFolder(Path path)
    {
        this.path = path;
    }

    static PrivateFolder create(String prefix)
    {
        try {
            // createTempDirectory gives the folder owner-only permissions on POSIX file systems.
            return new PrivateFolder(Files.createTempDirectory(prefix));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path()
    {
        return path;
    }

    /** Where a checked, safe name goes in this folder. */
    Path resolve(String safeName)
    {
        Path file = path.resolve(SafeFileName.check(safeName)).normalize();
        if (!path.equals(file.getParent())) {
            throw new UploadRefusedException(UploadError.UNSAFE_NAME, safeName);
        }
        return file;
    }

    @Override
    public void close()
    {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
