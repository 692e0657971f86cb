package dev.tracking.core.domain.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A persistent job as the store keeps it.
 *
 * @param attempts       how often it was started (a claimed job counts its current attempt)
 * @param lastError      what the last failed attempt said, or null
 * @param leaseOwner     the engine instance that holds it while it runs, or null
 * @param leaseExpiresAt until when the owner holds it unless it renews the lease, or null
 */
public record Job(UUID id, String type, Map<String, String> payload, Instant runAt, JobStatus status, int attempts,
        int maxAttempts, String lastError, String leaseOwner, Instant leaseExpiresAt, String idempotencyKey,
        Instant createdAt, Instant updatedAt) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(payload));
        Objects.requireNonNull(runAt, "runAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether another failure of this attempt leaves no attempt to retry with. */
    public boolean isLastAttempt() {
        return attempts >= maxAttempts;
    }
}
