package dev.tracking.spring.web.api.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document's metadata; its bytes are at {@code contentUrl}. */
public record AttachmentResponse(
        UUID id,
        ShipmentRefDto owner,
        String fileType,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        String contentUrl) {
}
