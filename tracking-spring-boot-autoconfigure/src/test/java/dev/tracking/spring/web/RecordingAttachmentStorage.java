package dev.tracking.spring.web;

import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.storage.FileSystemAttachmentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The file-system storage, recording which documents it holds, so tests can tell that nothing is left behind; it can
 * be told to fail its next read.
 */
final class RecordingAttachmentStorage implements AttachmentStorage {

    private final FileSystemAttachmentStorage delegate;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean failNextOpen = new AtomicBoolean();

    RecordingAttachmentStorage(Path directory) {
        this.delegate = FileSystemAttachmentStorage.in(directory);
    }

    @Override
    public StoredDocument store(InputStream content, long maxBytes) throws IOException {
        StoredDocument stored = delegate.store(content, maxBytes);
        held.add(stored.storageKey());
        return stored;
    }

    @Override
    public Optional<InputStream> open(String storageKey) {
        if (failNextOpen.getAndSet(false)) {
            throw new IllegalStateException("disk on fire at /var/secret/path while reading " + storageKey);
        }
        return delegate.open(storageKey);
    }

    @Override
    public void delete(String storageKey) throws IOException {
        delegate.delete(storageKey);
        held.remove(storageKey);
    }

    /** The keys of the documents stored and not deleted. */
    Set<String> held() {
        return Set.copyOf(held);
    }

    void failNextOpen() {
        failNextOpen.set(true);
    }
}
