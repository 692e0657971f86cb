package dev.tracking.core.port.in.attachment;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ShipmentRef;

/**
 * Record a document stored under {@code storageKey} against a MAWB or HAWB. {@code mediaType} may be null.
 */
public record AddAttachmentCommand(ShipmentRef owner, String fileType, String fileName, String mediaType,
        long sizeBytes, String sha256, String storageKey) {

    public AddAttachmentCommand {
        Check.start().notNull(owner, "owner").orThrow();
        fileType = Check.requiredText(fileType, "fileType", 40).toUpperCase(java.util.Locale.ROOT);
        fileName = Check.requiredText(fileName, "fileName", 255);
        sha256 = Check.requiredText(sha256, "sha256", 64);
        storageKey = Check.requiredText(storageKey, "storageKey", 500);
    }
}
