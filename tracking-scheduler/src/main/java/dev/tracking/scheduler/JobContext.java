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
 * @param jobId          the job's id
 * @param type           the job's type
 * @param payload        the handler's input
 * @param attempt        1 for the first run, counting every run that started
 * @param maxAttempts    how often the job is tried before it is dead
 * @param idempotencyKey the job's key, or null
 * @param runAt          when the job was due (for a retry: when the retry was due)
 */
public record JobContext(UUID jobId, String type, Map<String, String> payload, int attempt, int maxAttempts,
        String idempotencyKey, Instant runAt) {

    /** Checks the ids and times, and copies the payload. */
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
