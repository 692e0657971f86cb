package dev.tracking.core.port.out;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of uploaded documents live (their metadata is in the {@link AttachmentRepository}).
 * {@code dev.tracking.core.storage.FileSystemAttachmentStorage} keeps them in a directory; hosts can put an object
 * store behind it.
 */
public interface AttachmentStorage extends AttachmentContents {

    /**
     * Stores a document's bytes, at most {@code maxBytes} of them.
     *
     * @return where it is stored, its size and its SHA-256
     * @throws dev.tracking.core.domain.common.ValidationException on field {@code file} when the content is larger
     *                                                             than {@code maxBytes} or empty; nothing is kept
     * @throws IOException                                         when the storage fails
     */
    StoredDocument store(InputStream content, long maxBytes) throws IOException;

    /** Removes a stored document (after its metadata could not be stored); nothing when there is none. */
    void delete(String storageKey) throws IOException;

    /** What {@link #store} kept. */
    record StoredDocument(String storageKey, long sizeBytes, String sha256) {
    }
}
