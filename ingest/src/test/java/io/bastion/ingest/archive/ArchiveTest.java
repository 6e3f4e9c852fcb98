package io.bastion.ingest.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive on file systems that cannot move a file atomically, and after a process was killed mid-write. */
class ArchiveTest
{
    private static final byte[] REGISTRY = "统一社会信用代码,企业名称\n91320500MA1XYR001X,甲科技有限公司\n".getBytes(StandardCharsets.UTF_8);
    /** SHA-256 of REGISTRY, computed with sha256sum, not by the code under test. */
    private static final String REGISTRY_SHA256 = "96bc349154936c67465ad580b7f8e6906113e8401e138d971c360ac045e9ddb5";

    @TempDir
    Path temp;

    @Test
    void storesTheFileWhenTheFileSystemCannotMoveAtomically()
            throws IOException
    {
        Path source = Files.write(temp.resolve("企业名录_2025-03.csv"), REGISTRY);
        Archive archive = new Archive(temp.resolve("archive"), ArchiveTest::withoutAtomicMoves);

        Archive.ArchivedCopy copy = archive.store(source, "csv");

        assertThat(copy.sha256()).isEqualTo(REGISTRY_SHA256);
        assertThat(archive.resolve(copy)).hasBinaryContent(REGISTRY);
        assertThat(incoming(archive)).isEmpty();
    }

    @Test
    void failsLoudlyRatherThanReportACopyThatWasNotWrittenWhole()
            throws IOException
    {
        Path source = Files.write(temp.resolve("企业名录_2025-03.csv"), REGISTRY);
        // A plain move across devices that is cut short: half the bytes arrive, the temporary copy is gone.
        Archive archive = new Archive(temp.resolve("archive"), (from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "another file system");
            }
            byte[] bytes = Files.readAllBytes(from);
            Files.write(to, Arrays.copyOf(bytes, bytes.length / 2));
            Files.delete(from);
        });

        assertThatThrownBy(() -> archive.store(source, "csv"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot archive");
        try (Stream<Path> files = Files.walk(archive.root())) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void removesTheTemporaryCopiesAKilledProcessLeft()
            throws IOException
    {
        Archive archive = new Archive(temp.resolve("archive"));
        Path stored = archive.resolve(archive.store(Files.write(temp.resolve("企业名录_2025-03.csv"), REGISTRY), "csv"));
        Path incoming = archive.root().resolve(Archive.INCOMING);
        Files.write(incoming.resolve("receiving-123.part"), REGISTRY);
        Files.write(incoming.resolve("receiving-456.part"), new byte[0]);

        assertThat(archive.removeLeftovers()).isEqualTo(2);

        assertThat(incoming(archive)).isEmpty();
        assertThat(stored).hasBinaryContent(REGISTRY);
    }

    private static void withoutAtomicMoves(Path from, Path to, CopyOption... options)
            throws IOException
    {
        if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
            throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "another file system");
        }
        Files.move(from, to, options);
    }

    private static Stream<Path> incoming(Archive archive)
            throws IOException
    {
        try (Stream<Path> files = Files.list(archive.root().resolve(Archive.INCOMING))) {
            return files.toList().stream();
        }
    }
}
