package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobAttempt.Outcome;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@link JobStore} in memory: jobs join the unit of work of the store they share, so a rolled-back change leaves none
 * behind. Claims are serialized by the store's lock, so no job is ever claimed twice at once. Tests that run reminders
 * without an engine use {@link #takeDue}.
 */
public class InMemoryJobStore implements JobStore {

    /** The longest error text kept, as the SQL column's width. */
    static final int MAX_ERROR_LENGTH = 4000;

    private static final Comparator<Job> SOONEST_FIRST = Comparator.comparing(Job::runAt)
            .thenComparing((a, b) -> Uuids.compare(a.id(), b.id()));
    private static final Comparator<Job> LATEST_FIRST = SOONEST_FIRST.reversed();

    private final InMemoryStore store;

    /** A store over {@code store}; give the repositories and the transaction runner the same store. */
    public InMemoryJobStore(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    // --------------------------------------------------------------------------------------------- scheduling

    @Override
    public boolean schedule(JobRequest request) {
        Objects.requireNonNull(request, "request");
        return store.apply(t -> {
            if (t.jobs.containsKey(request.id())) {
                throw new DuplicateException("job", "id", request.id());
            }
            if (request.idempotencyKey() != null && liveKeyTaken(t, request.idempotencyKey(), null)) {
                return false;
            }
            t.jobs.put(request.id(), new Job(request.id(), request.type(), request.payload(), request.runAt(),
                    JobStatus.PENDING, 0, request.maxAttempts(), null, null, null, request.idempotencyKey(),
                    request.createdAt(), request.createdAt()));
            return true;
        });
    }

    @Override
    public int cancel(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return store.apply(t -> {
            List<Job> waiting = t.jobs.values().stream()
                    .filter(j -> j.status().isWaiting() && hasPrefix(j, keyPrefix))
                    .toList();
            waiting.forEach(j -> t.jobs.put(j.id(), with(j, JobStatus.CANCELLED, j.runAt(), j.lastError(),
                    j.updatedAt())));
            return waiting.size();
        });
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return store.apply(t -> t.jobs.values().stream()
                .filter(j -> j.status().isWaiting() && hasPrefix(j, keyPrefix))
                .sorted(SOONEST_FIRST)
                .map(InMemoryJobStore::planned)
                .toList());
    }

    // ----------------------------------------------------------------------------------------------- running

    @Override
    public List<Job> claimDue(JobClaim claim) {
        Objects.requireNonNull(claim, "claim");
        return store.apply(t -> {
            List<Job> due = t.jobs.values().stream()
                    .filter(j -> j.status().isWaiting() && !j.runAt().isAfter(claim.now()))
                    .filter(j -> claim.types().contains(j.type()) && !t.pausedTypes.containsKey(j.type()))
                    .sorted(SOONEST_FIRST)
                    .limit(claim.limit())
                    .toList();
            List<Job> claimed = new ArrayList<>(due.size());
            for (Job job : due) {
                Job running = new Job(job.id(), job.type(), job.payload(), job.runAt(), JobStatus.RUNNING,
                        job.attempts() + 1, job.maxAttempts(), job.lastError(), claim.owner(), claim.leaseUntil(),
                        job.idempotencyKey(), job.createdAt(), claim.now());
                t.jobs.put(job.id(), running);
                t.jobAttempts.add(new JobAttempt(job.id(), running.attempts(), claim.owner(), claim.now(), null,
                        Outcome.RUNNING, null));
                claimed.add(running);
            }
            return claimed;
        });
    }

    @Override
    public Set<UUID> extendLeases(String owner, Collection<UUID> ids, Instant leaseUntil) {
        return store.apply(t -> {
            Set<UUID> held = new HashSet<>();
            for (UUID id : ids) {
                Job job = t.jobs.get(id);
                if (heldBy(job, owner)) {
                    t.jobs.put(id, new Job(job.id(), job.type(), job.payload(), job.runAt(), job.status(),
                            job.attempts(), job.maxAttempts(), job.lastError(), owner, leaseUntil,
                            job.idempotencyKey(), job.createdAt(), job.updatedAt()));
                    held.add(id);
                }
            }
            return held;
        });
    }

    @Override
    public int complete(String owner, Collection<UUID> ids, Instant at) {
        return store.apply(t -> {
            int completed = 0;
            for (UUID id : ids) {
                Job job = t.jobs.get(id);
                if (heldBy(job, owner)) {
                    t.jobs.put(id, with(job, JobStatus.COMPLETED, job.runAt(), job.lastError(), at));
                    closeAttempt(t, job, at, Outcome.COMPLETED, null);
                    completed++;
                }
            }
            return completed;
        });
    }

    @Override
    public boolean fail(String owner, UUID id, String error, Instant retryAt, Instant at) {
        return store.apply(t -> {
            Job job = t.jobs.get(id);
            if (!heldBy(job, owner)) {
                return false;
            }
            String text = truncated(error);
            JobStatus status = retryAt == null ? JobStatus.DEAD : JobStatus.FAILED_WILL_RETRY;
            t.jobs.put(id, with(job, status, retryAt == null ? job.runAt() : retryAt, text, at));
            closeAttempt(t, job, at, Outcome.FAILED, text);
            return true;
        });
    }

    @Override
    public int release(String owner, Collection<UUID> ids, Instant at) {
        return store.apply(t -> {
            int released = 0;
            for (UUID id : ids) {
                Job job = t.jobs.get(id);
                if (heldBy(job, owner)) {
                    JobStatus waiting = job.attempts() > 1 ? JobStatus.FAILED_WILL_RETRY : JobStatus.PENDING;
                    t.jobs.put(id, new Job(job.id(), job.type(), job.payload(), job.runAt(), waiting,
                            job.attempts() - 1, job.maxAttempts(), job.lastError(), null, null, job.idempotencyKey(),
                            job.createdAt(), at));
                    closeAttempt(t, job, at, Outcome.RELEASED, null);
                    released++;
                }
            }
            return released;
        });
    }

    @Override
    public List<Job> recoverExpiredLeases(Instant now) {
        return store.apply(t -> {
            List<Job> expired = t.jobs.values().stream()
                    .filter(j -> j.status() == JobStatus.RUNNING && j.leaseExpiresAt() != null
                            && j.leaseExpiresAt().isBefore(now))
                    .sorted(SOONEST_FIRST)
                    .toList();
            List<Job> recovered = new ArrayList<>(expired.size());
            for (Job job : expired) {
                String error = "lease of " + job.leaseOwner() + " expired at " + job.leaseExpiresAt();
                JobStatus status = job.isLastAttempt() ? JobStatus.DEAD : JobStatus.FAILED_WILL_RETRY;
                Job after = with(job, status, job.isLastAttempt() ? job.runAt() : now, error, now);
                t.jobs.put(job.id(), after);
                closeAttempt(t, job, now, Outcome.LEASE_EXPIRED, error);
                recovered.add(after);
            }
            return recovered;
        });
    }

    // -------------------------------------------------------------------------------------------- management

    @Override
    public Optional<Job> find(UUID id) {
        return store.apply(t -> Optional.ofNullable(t.jobs.get(id)));
    }

    @Override
    public List<JobAttempt> attempts(UUID id) {
        return store.apply(t -> t.jobAttempts.stream()
                .filter(a -> a.jobId().equals(id))
                .sorted(Comparator.comparingInt(JobAttempt::attempt))
                .toList());
    }

    @Override
    public List<Job> list(JobCriteria criteria, Keyset after, int limit) {
        return store.apply(t -> t.jobs.values().stream()
                .filter(criteria::matches)
                .filter(j -> after == null || LATEST_FIRST.compare(j, keysetJob(after)) > 0)
                .sorted(LATEST_FIRST)
                .limit(limit)
                .toList());
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return store.apply(t -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            t.jobs.values().forEach(j -> counts.merge(j.status(), 1L, Long::sum));
            return counts;
        });
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return store.apply(t -> t.jobs.values().stream()
                .filter(j -> j.status().isWaiting() && !j.runAt().isAfter(now))
                .map(Job::runAt)
                .min(Comparator.naturalOrder()));
    }

    @Override
    public boolean retry(UUID id, Instant now) {
        return store.apply(t -> {
            Job job = t.jobs.get(id);
            if (job == null || !(job.status() == JobStatus.DEAD || job.status() == JobStatus.FAILED_WILL_RETRY
                    || job.status() == JobStatus.CANCELLED)) {
                return false;
            }
            if (job.idempotencyKey() != null && job.status() != JobStatus.FAILED_WILL_RETRY
                    && liveKeyTaken(t, job.idempotencyKey(), job.id())) {
                throw new DuplicateException("job", "idempotencyKey", job.idempotencyKey());
            }
            t.jobs.put(id, new Job(job.id(), job.type(), job.payload(), now, JobStatus.PENDING, job.attempts(),
                    Math.max(job.maxAttempts(), job.attempts() + 1), job.lastError(), null, null,
                    job.idempotencyKey(), job.createdAt(), now));
            return true;
        });
    }

    @Override
    public boolean cancel(UUID id, Instant now) {
        return store.apply(t -> {
            Job job = t.jobs.get(id);
            if (job == null || !job.status().isWaiting()) {
                return false;
            }
            t.jobs.put(id, with(job, JobStatus.CANCELLED, job.runAt(), job.lastError(), now));
            return true;
        });
    }

    @Override
    public int purgeFinished(Instant before) {
        return store.apply(t -> {
            Set<UUID> purged = new HashSet<>();
            t.jobs.values().stream()
                    .filter(j -> (j.status() == JobStatus.COMPLETED || j.status() == JobStatus.CANCELLED)
                            && j.updatedAt().isBefore(before))
                    .forEach(j -> purged.add(j.id()));
            purged.forEach(t.jobs::remove);
            t.jobAttempts.removeIf(a -> purged.contains(a.jobId()));
            return purged.size();
        });
    }

    @Override
    public void pause(String type, Instant at) {
        store.apply(t -> t.pausedTypes.putIfAbsent(Objects.requireNonNull(type, "type"), at));
    }

    @Override
    public void resume(String type) {
        store.apply(t -> t.pausedTypes.remove(type));
    }

    @Override
    public Set<String> pausedTypes() {
        return store.apply(t -> Set.copyOf(new TreeSet<>(t.pausedTypes.keySet())));
    }

    // ---------------------------------------------------------------------------------------------- for tests

    /** Every job, in any status, soonest first. */
    public List<Job> all() {
        return store.apply(t -> t.jobs.values().stream().sorted(SOONEST_FIRST).toList());
    }

    /**
     * The waiting jobs due at {@code now}, soonest first, each marked completed as it is handed out (as an engine
     * would after running it), for tests that run jobs themselves.
     */
    public List<PlannedJob> takeDue(Instant now) {
        return store.apply(t -> {
            List<Job> due = t.jobs.values().stream()
                    .filter(j -> j.status().isWaiting() && !j.runAt().isAfter(now))
                    .sorted(SOONEST_FIRST)
                    .toList();
            due.forEach(j -> t.jobs.put(j.id(), new Job(j.id(), j.type(), j.payload(), j.runAt(),
                    JobStatus.COMPLETED, j.attempts() + 1, j.maxAttempts(), j.lastError(), null, null,
                    j.idempotencyKey(), j.createdAt(), now)));
            return due.stream().map(InMemoryJobStore::planned).toList();
        });
    }

    // ---------------------------------------------------------------------------------------------- internals

    private static Job keysetJob(Keyset after) {
        Instant runAt = (Instant) after.value();
        return new Job(after.id(), "-", Map.of(), runAt, JobStatus.PENDING, 0, 1, null, null, null, null, runAt,
                runAt);
    }

    private static boolean heldBy(Job job, String owner) {
        return job != null && job.status() == JobStatus.RUNNING && owner.equals(job.leaseOwner());
    }

    private static Job with(Job job, JobStatus status, Instant runAt, String error, Instant at) {
        return new Job(job.id(), job.type(), job.payload(), runAt, status, job.attempts(), job.maxAttempts(), error,
                null, null, job.idempotencyKey(), job.createdAt(), at);
    }

    private static void closeAttempt(Tables t, Job job, Instant at, Outcome outcome, String error) {
        for (int i = 0; i < t.jobAttempts.size(); i++) {
            JobAttempt attempt = t.jobAttempts.get(i);
            if (attempt.jobId().equals(job.id()) && attempt.attempt() == job.attempts()
                    && attempt.outcome() == Outcome.RUNNING) {
                t.jobAttempts.set(i, new JobAttempt(attempt.jobId(), attempt.attempt(), attempt.owner(),
                        attempt.startedAt(), at, outcome, error));
            }
        }
    }

    private static boolean liveKeyTaken(Tables t, String key, UUID except) {
        return t.jobs.values().stream().anyMatch(j -> !j.id().equals(except)
                && (j.status().isWaiting() || j.status() == JobStatus.RUNNING) && key.equals(j.idempotencyKey()));
    }

    private static boolean hasPrefix(Job job, String prefix) {
        return job.idempotencyKey() != null && job.idempotencyKey().startsWith(prefix);
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static PlannedJob planned(Job job) {
        return new PlannedJob(job.id(), job.type(), job.payload(), job.runAt(), job.idempotencyKey(), job.status(),
                job.attempts());
    }
}
