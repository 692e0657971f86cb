package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The persistent job table that engine instances on any number of nodes share: scheduling (in the caller's unit of
 * work), claiming with leases so that no job runs twice at once, recording each attempt, retries, dead jobs, and the
 * management queries. Every method is its own unit of work unless the caller has one open. Implementations must pass
 * {@code JobStoreContract}.
 */
public interface JobStore extends JobScheduler {

    /**
     * Claims due jobs for an engine instance, soonest first: waiting jobs ({@code PENDING}, {@code FAILED_WILL_RETRY})
     * of the given types, due at {@code now}, whose type is not paused. Each becomes {@code RUNNING}, held by the owner
     * until {@code leaseUntil}, its attempts counted up by one and an attempt opened. Jobs another instance is claiming
     * at the same moment are skipped, never waited for (on PostgreSQL {@code FOR UPDATE SKIP LOCKED}).
     */
    List<Job> claimDue(JobClaim claim);

    /** Extends the leases of the jobs the owner still holds; returns the ids it still holds. */
    Set<UUID> extendLeases(String owner, Collection<UUID> ids, Instant leaseUntil);

    /** Completes the jobs the owner holds, closing their attempts; returns how many it held. */
    int complete(String owner, Collection<UUID> ids, Instant at);

    /**
     * Records the owner's failed attempt: the job waits to retry at {@code retryAt}, or is dead when {@code retryAt}
     * is null.
     *
     * @return false when the owner no longer held the job (its lease had expired and it was taken over)
     */
    boolean fail(String owner, UUID id, String error, Instant retryAt, Instant at);

    /** Gives back unfinished jobs the owner holds (shutting down): waiting again, the attempt not counted. */
    int release(String owner, Collection<UUID> ids, Instant at);

    /**
     * Takes back running jobs whose lease expired before {@code now} (their instance died): each waits to run again
     * at once, or is dead when it used its last attempt; the attempt is closed as {@code LEASE_EXPIRED}.
     *
     * @return the jobs taken back, as they are now (waiting to retry, or dead), so the caller can alert on the dead
     */
    List<Job> recoverExpiredLeases(Instant now);

    Optional<Job> find(UUID id);

    /** A job's attempts, first to last. */
    List<JobAttempt> attempts(UUID id);

    /** Jobs matching the criteria, latest run time first (then id), after the keyset of the previous page. */
    List<Job> list(JobCriteria criteria, Keyset after, int limit);

    /** How many jobs are in each status (statuses without jobs are left out). */
    Map<JobStatus, Long> countByStatus();

    /** The run time of the longest-waiting due job, if any job is due at {@code now}. */
    Optional<Instant> oldestDue(Instant now);

    /**
     * Makes a dead, failed or cancelled job wait to run at {@code now}, with at least one attempt left.
     *
     * @return false when the job is running, completed or waiting already, or unknown
     * @throws dev.tracking.core.domain.common.DuplicateException when another live job has its idempotency key now
     */
    boolean retry(UUID id, Instant now);

    /** Cancels one waiting job; false when it is not waiting (or unknown). */
    boolean cancel(UUID id, Instant now);

    /** Deletes completed and cancelled jobs (and their attempts) last changed before {@code before}; how many. */
    int purgeFinished(Instant before);

    /** Stops claiming jobs of a type until it is resumed; jobs already running finish. */
    void pause(String type, Instant at);

    void resume(String type);

    Set<String> pausedTypes();
}
