package dev.tracking.scheduler;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a handler knows about the job it runs. Delivery is at least once (an instance may die after the work and before
 * it records the completion), so a handler that must not repeat an effect checks {@link #idempotencyKey()} or
 * {@link #attempt()}.
 *
 * @param attempt        1 for the first run, counting every run that started
 * @param idempotencyKey the job's key, or null
 */
public record JobContext(UUID jobId, String type, Map<String, String> payload, int attempt, int maxAttempts,
        String idempotencyKey, Instant runAt) {

    public JobContext {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(type, "type");
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(payload));
        Objects.requireNonNull(runAt, "runAt");
    }

    /** Whether a failure now makes the job dead. */
    public boolean isLastAttempt() {
        return attempt >= maxAttempts;
    }
}
