package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.job.JobStatus;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A persistent job. */
public record JobResponse(
        UUID id,
        String type,
        Map<String, String> payload,
        OffsetDateTime runAt,
        JobStatus status,
        int attempts,
        int maxAttempts,
        String lastError,
        String idempotencyKey,
        String leaseOwner,
        OffsetDateTime leaseExpiresAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
