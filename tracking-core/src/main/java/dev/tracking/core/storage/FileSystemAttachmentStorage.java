package dev.tracking.core.storage;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.out.AttachmentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents as files in one directory, two levels of sub-directories by key prefix. A document is written to a
 * temporary file first and moved into place once complete, so a reader never sees half a file.
 */
public final class FileSystemAttachmentStorage implements AttachmentStorage {

    private static final int BUFFER = 64 * 1024;

    private final Path directory;

    /** Documents as files in {@code directory} (created when missing), named by random keys. */
    public static FileSystemAttachmentStorage in(Path directory) {
        return new FileSystemAttachmentStorage(directory);
    }

    private FileSystemAttachmentStorage(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    @Override
    public StoredDocument store(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ValidationException("file", "must be at most " + maxBytes + " bytes");
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new ValidationException("file", "must not be empty");
            }
            String key = UUID.randomUUID().toString();
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredDocument(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(String storageKey) {
        Path path = pathOf(storageKey);
        try {
            return Optional.of(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + storageKey, e);
        }
    }

    @Override
    public void delete(String storageKey) throws IOException {
        Files.deleteIfExists(pathOf(storageKey));
    }

    private Path pathOf(String storageKey) {
        if (storageKey == null || !storageKey.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not a storage key of this storage: " + storageKey);
        }
        return directory.resolve(storageKey.substring(0, 2)).resolve(storageKey.substring(2, 4)).resolve(storageKey);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
