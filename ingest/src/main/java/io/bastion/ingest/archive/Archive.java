package io.bastion.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The immutable archive of received files: each file is stored once under its SHA-256, written to
 * a temporary name, forced to disk and moved into place atomically (or, where the file system
 * cannot, moved and then read back and checked), then made read-only.
 */
public final class Archive
{
    static final String INCOMING = ".incoming";

    private final Path root;
    private final Mover mover;

    public Archive(Path root)
    {
        this(root, Files::move);
    }

    /** With another way of moving files, for tests that need a file system without atomic moves. */
    Archive(Path root, Mover mover)
    {
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.mover = requireNonNull(mover, "mover is null");
    }

    public Path root()
    {
        return root;
    }

    /**
     * Deletes what a killed process left in {@code .incoming}: temporary copies never moved into place.
     * Call it only while no file is being stored (when ingestion starts); returns how many were deleted.
     */
    public int removeLeftovers()
    {
        Path incoming = root.resolve(INCOMING);
        if (!Files.isDirectory(incoming, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            int deleted = 0;
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
                    Files.delete(file);
                    deleted++;
                }
            }
            return deleted;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + incoming, e);
        }
    }

    /** Stores the file's bytes (if not already stored) and returns where, with their hash and size. */
    public ArchivedCopy store(Path source, String extension)
    {
        return receive(source, extension).copy();
    }

    /**
     * Stores the file's bytes (if not already stored) and returns where, with their hash and size, and the
     * bytes themselves: the file is read once, to be archived and then parsed from memory.
     */
    public Received receive(Path source, String extension)
    {
        try {
            byte[] bytes;
            // Never through a symbolic link: the listing refused links, and one swapped in since is not followed either.
            try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            }
            String hash = HexFormat.of().formatHex(sha256().digest(bytes));
            String relative = hash.substring(0, 2) + "/" + hash + "." + extension;
            Path target = root.resolve(relative);
            if (!Files.exists(target)) {
                Path incoming = Files.createDirectories(root.resolve(INCOMING));
                Path temporary = Files.createTempFile(incoming, "receiving-", ".part");
                try {
                    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                        ByteBuffer buffer = ByteBuffer.wrap(bytes);
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                        channel.force(true);
                    }
                    Files.createDirectories(target.getParent());
                    moveIntoPlace(temporary, target, hash, bytes.length);
                }
                finally {
                    Files.deleteIfExists(temporary);
                }
            }
            verify(target, hash, bytes.length);
            return new Received(new ArchivedCopy(hash, relative, bytes.length), bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + source, e);
        }
    }

    public Path resolve(ArchivedCopy copy)
    {
        return root.resolve(copy.relativePath());
    }

    /**
     * Atomically where the file system can. Where it cannot, a plain move (a copy and a delete, perhaps
     * across devices) could leave a partial file behind when interrupted, so the result is read back and
     * a copy that is not the bytes received is deleted and reported.
     */
    private void moveIntoPlace(Path temporary, Path target, String hash, long size)
            throws IOException
    {
        try {
            mover.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (FileAlreadyExistsException raced) {
            // Another thread stored the same bytes first; verify() checks what it wrote.
            return;
        }
        catch (AtomicMoveNotSupportedException notAtomic) {
            try {
                mover.move(temporary, target);
            }
            catch (FileAlreadyExistsException raced) {
                return;
            }
            if (!matches(target, hash, size)) {
                Files.deleteIfExists(target);
                throw new IOException("归档副本与收到的内容不符，已删除 / the archived copy " + target + " does not hold the bytes received; it was deleted");
            }
        }
        target.toFile().setReadOnly();
    }

    /**
     * The copy in place must be there with the size received, whoever wrote it: a report of an archived copy
     * that is not there would lose the file. (Its bytes are read back only after a non-atomic move.)
     */
    private static void verify(Path target, String hash, long size)
            throws IOException
    {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != size) {
            throw new IOException("归档副本缺失或大小不符 / the archived copy " + target + " of " + hash + " is missing or does not have the size received");
        }
    }

    private static boolean matches(Path file, String hash, long size)
            throws IOException
    {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != size) {
            return false;
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).equals(hash);
    }

    private static MessageDigest sha256()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a file, as {@link Files#move} does. */
    @FunctionalInterface
    interface Mover
    {
        void move(Path source, Path target, CopyOption... options)
                throws IOException;
    }

    /** A file just archived, with its bytes as received. */
    public record Received(ArchivedCopy copy, byte[] bytes)
    {
        public Received
        {
            requireNonNull(copy, "copy is null");
            requireNonNull(bytes, "bytes is null");
        }
    }

    /** A file in the archive. */
    public record ArchivedCopy(String sha256, String relativePath, long sizeBytes)
    {
        public ArchivedCopy
        {
            requireNonNull(sha256, "sha256 is null");
            requireNonNull(relativePath, "relativePath is null");
        }
    }
}
