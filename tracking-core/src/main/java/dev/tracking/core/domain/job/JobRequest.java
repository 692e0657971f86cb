package dev.tracking.core.domain.job;

import dev.tracking.core.domain.common.Check;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A job to run at a time: its type names the handler, its payload the handler's input.
 *
 * @param idempotencyKey unique among the jobs that will still run: scheduling a second job with a key already waiting
 *                       schedules nothing; null for none
 * @param maxAttempts    how often it is tried before it is dead
 */
public record JobRequest(UUID id, String type, Map<String, String> payload, Instant runAt, String idempotencyKey,
        int maxAttempts, Instant createdAt) {

    /** How often a job is tried unless it says otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final int MAX_TYPE_LENGTH = 64;
    public static final int MAX_KEY_LENGTH = 200;

    public JobRequest {
        Objects.requireNonNull(id, "id");
        type = Check.requiredText(type, "type", MAX_TYPE_LENGTH);
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(payload));
        Objects.requireNonNull(runAt, "runAt");
        idempotencyKey = Check.optionalText(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
        Check.positive(maxAttempts, "maxAttempts");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
