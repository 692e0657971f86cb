package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobScheduler;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@link JobScheduler} in memory: jobs join the unit of work of the store they share, so a rolled-back change leaves
 * none behind. Tests run due jobs themselves: {@link #takeDue} hands them out and marks them completed.
 */
public class InMemoryJobScheduler implements JobScheduler {

    /** A job as the store keeps it. */
    public record StoredJob(JobRequest request, JobStatus status, int attempts) {

        PlannedJob planned() {
            return new PlannedJob(request.id(), request.type(), request.payload(), request.runAt(),
                    request.idempotencyKey(), status, attempts);
        }

        StoredJob with(JobStatus newStatus) {
            return new StoredJob(request, newStatus, attempts);
        }
    }

    private static final Comparator<StoredJob> SOONEST_FIRST = Comparator
            .comparing((StoredJob j) -> j.request().runAt())
            .thenComparing((a, b) -> Uuids.compare(a.request().id(), b.request().id()));

    private final InMemoryStore store;

    /** A scheduler over {@code store}; give the repositories and the transaction runner the same store. */
    public InMemoryJobScheduler(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public boolean schedule(JobRequest job) {
        Objects.requireNonNull(job, "job");
        return store.apply(t -> {
            if (job.idempotencyKey() != null && t.jobs.values().stream()
                    .anyMatch(j -> isLive(j) && job.idempotencyKey().equals(j.request().idempotencyKey()))) {
                return false;
            }
            t.jobs.put(job.id(), new StoredJob(job, JobStatus.PENDING, 0));
            return true;
        });
    }

    @Override
    public int cancel(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return store.apply(t -> {
            List<StoredJob> cancelled = t.jobs.values().stream()
                    .filter(j -> j.status().isWaiting() && hasPrefix(j, keyPrefix))
                    .toList();
            cancelled.forEach(j -> t.jobs.put(j.request().id(), j.with(JobStatus.CANCELLED)));
            return cancelled.size();
        });
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return store.apply(t -> t.jobs.values().stream()
                .filter(j -> j.status().isWaiting() && hasPrefix(j, keyPrefix))
                .sorted(SOONEST_FIRST)
                .map(StoredJob::planned)
                .toList());
    }

    /** Every job ever scheduled, in any status, soonest first. */
    public List<PlannedJob> all() {
        return store.apply(t -> t.jobs.values().stream().sorted(SOONEST_FIRST).map(StoredJob::planned).toList());
    }

    /**
     * The waiting jobs due at {@code now}, soonest first, each marked completed as it is handed out (as an engine
     * would after running it).
     */
    public List<PlannedJob> takeDue(Instant now) {
        return store.apply(t -> {
            List<StoredJob> due = t.jobs.values().stream()
                    .filter(j -> j.status().isWaiting() && !j.request().runAt().isAfter(now))
                    .sorted(SOONEST_FIRST)
                    .toList();
            due.forEach(j -> t.jobs.put(j.request().id(), new StoredJob(j.request(), JobStatus.COMPLETED,
                    j.attempts() + 1)));
            return due.stream().map(StoredJob::planned).toList();
        });
    }

    private static boolean isLive(StoredJob job) {
        return job.status().isWaiting() || job.status() == JobStatus.RUNNING;
    }

    private static boolean hasPrefix(StoredJob job, String prefix) {
        return job.request().idempotencyKey() != null && job.request().idempotencyKey().startsWith(prefix);
    }
}
