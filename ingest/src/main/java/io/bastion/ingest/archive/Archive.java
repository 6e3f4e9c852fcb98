package io.bastion.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * The immutable archive of received files: each file is stored once under its SHA-256, written to
 * a temporary name, forced to disk and moved into place atomically, then made read-only.
 */
public final class Archive
{
    private final Path root;

    public Archive(Path root)
    {
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    public Path root()
    {
        return root;
    }

    /** Stores the file's bytes (if not already stored) and returns where, with their hash and size. */
    public ArchivedCopy store(Path source, String extension)
    {
        try {
            Path incoming = Files.createDirectories(root.resolve(".incoming"));
            Path temporary = Files.createTempFile(incoming, "receiving-", ".part");
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                    FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                size = in.transferTo(out);
                channel.force(true);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            String relative = hash.substring(0, 2) + "/" + hash + "." + extension;
            Path target = root.resolve(relative);
            if (Files.exists(target)) {
                Files.delete(temporary);
                return new ArchivedCopy(hash, relative, size);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                Files.deleteIfExists(temporary);
            }
            target.toFile().setReadOnly();
            return new ArchivedCopy(hash, relative, size);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + source, e);
        }
    }

    public Path resolve(ArchivedCopy copy)
    {
        return root.resolve(copy.relativePath());
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
