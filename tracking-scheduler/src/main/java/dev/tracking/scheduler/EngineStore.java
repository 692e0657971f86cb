package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The store calls of one instance, made as its owner. After {@link #cutOff()} (a simulated crash) every call fails, as
 * a dead node's would, so nothing it still had in flight reaches the store.
 */
final class EngineStore {

    private final JobStore store;
    private final String owner;
    private volatile boolean cutOff;

    EngineStore(JobStore store, String owner) {
        this.store = store;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    void cutOff() {
        cutOff = true;
    }

    List<Job> claimDue(Instant now, Instant leaseUntil, int limit, Set<String> types) {
        return live().claimDue(new JobClaim(owner, now, leaseUntil, limit, types));
    }

    Set<UUID> extendLeases(Collection<UUID> ids, Instant leaseUntil) {
        return live().extendLeases(owner, ids, leaseUntil);
    }

    int complete(Collection<UUID> ids, Instant at) {
        return live().complete(owner, ids, at);
    }

    boolean fail(UUID id, String error, Instant retryAt, Instant at) {
        return live().fail(owner, id, error, retryAt, at);
    }

    int release(Collection<UUID> ids, Instant at) {
        return live().release(owner, ids, at);
    }

    List<Job> recoverExpiredLeases(Instant now) {
        return live().recoverExpiredLeases(now);
    }

    boolean schedule(JobRequest request) {
        return live().schedule(request);
    }

    List<PlannedJob> pending(String keyPrefix) {
        return live().pending(keyPrefix);
    }

    private JobStore live() {
        if (cutOff) {
            throw new IllegalStateException("instance " + owner + " crashed; it no longer reaches the job store");
        }
        return store;
    }
}
