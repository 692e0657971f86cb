package dev.tracking.core.domain.attachment;

import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A document's metadata; the bytes live in a storage the host chooses, under {@code storageKey}.
 *
 * @param sha256 the content's SHA-256, 64 lower-case hex digits
 */
public record Attachment(AttachmentId id, ShipmentRef owner, String fileTypeCode, String fileName, String mediaType,
        long sizeBytes, String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        fileTypeCode = Check.requiredText(fileTypeCode, "fileType", 40);
        fileName = Check.requiredText(fileName, "fileName", 255);
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new ValidationException("fileName", "must not contain a path");
        }
        mediaType = Check.optionalText(mediaType, "mediaType", 100);
        sha256 = Check.requiredText(sha256, "sha256", 64).toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new ValidationException("sha256", "must be 64 hex digits");
        }
        storageKey = Check.requiredText(storageKey, "storageKey", 500);
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
