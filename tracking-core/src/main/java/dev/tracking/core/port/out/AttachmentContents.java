package dev.tracking.core.port.out;

import java.io.InputStream;
import java.util.Optional;

/** Reads the bytes of stored documents by their storage key (such as a file-system or object-store path). */
@FunctionalInterface
public interface AttachmentContents {

    /** The document's bytes, or empty when nothing is stored under the key; the caller closes the stream. */
    Optional<InputStream> open(String storageKey);

    /** Knows no documents: e-mails go out without them. */
    static AttachmentContents none() {
        return key -> Optional.empty();
    }
}
