package dev.tracking.core.domain.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** A job that will still run (pending, or waiting to retry). */
public record PlannedJob(UUID id, String type, Map<String, String> payload, Instant runAt, String idempotencyKey,
        JobStatus status, int attempts) {

    public PlannedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(payload));
        Objects.requireNonNull(runAt, "runAt");
        Objects.requireNonNull(status, "status");
    }
}
