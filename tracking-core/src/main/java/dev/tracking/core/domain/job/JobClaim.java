package dev.tracking.core.domain.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What an engine instance asks for when it claims due jobs.
 *
 * @param owner      the instance's unique name; it holds what it claims
 * @param now        due means {@code run_at <= now}
 * @param leaseUntil until when it holds the claimed jobs unless it renews the lease
 * @param limit      how many at most
 * @param types      only jobs of these types (the types it has handlers and free capacity for)
 */
public record JobClaim(String owner, Instant now, Instant leaseUntil, int limit, Set<String> types) {

    public JobClaim {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
        types = Set.copyOf(types);
    }
}
