package dev.tracking.scheduler;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A {@link JobStore} that hands every call to another; tests override what they watch or change. */
class DelegatingJobStore implements JobStore {

    private final JobStore delegate;

    DelegatingJobStore(JobStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean schedule(JobRequest job) {
        return delegate.schedule(job);
    }

    @Override
    public int cancel(String keyPrefix) {
        return delegate.cancel(keyPrefix);
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        return delegate.pending(keyPrefix);
    }

    @Override
    public List<Job> claimDue(JobClaim claim) {
        return delegate.claimDue(claim);
    }

    @Override
    public Set<UUID> extendLeases(String owner, Collection<UUID> ids, Instant leaseUntil) {
        return delegate.extendLeases(owner, ids, leaseUntil);
    }

    @Override
    public int complete(String owner, Collection<UUID> ids, Instant at) {
        return delegate.complete(owner, ids, at);
    }

    @Override
    public boolean fail(String owner, UUID id, String error, Instant retryAt, Instant at) {
        return delegate.fail(owner, id, error, retryAt, at);
    }

    @Override
    public int release(String owner, Collection<UUID> ids, Instant at) {
        return delegate.release(owner, ids, at);
    }

    @Override
    public List<Job> recoverExpiredLeases(Instant now) {
        return delegate.recoverExpiredLeases(now);
    }

    @Override
    public Optional<Job> find(UUID id) {
        return delegate.find(id);
    }

    @Override
    public List<JobAttempt> attempts(UUID id) {
        return delegate.attempts(id);
    }

    @Override
    public List<Job> list(JobCriteria criteria, Keyset after, int limit) {
        return delegate.list(criteria, after, limit);
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return delegate.countByStatus();
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return delegate.oldestDue(now);
    }

    @Override
    public boolean retry(UUID id, Instant now) {
        return delegate.retry(id, now);
    }

    @Override
    public boolean cancel(UUID id, Instant now) {
        return delegate.cancel(id, now);
    }

    @Override
    public int purgeFinished(Instant before) {
        return delegate.purgeFinished(before);
    }

    @Override
    public void pause(String type, Instant at) {
        delegate.pause(type, at);
    }

    @Override
    public void resume(String type) {
        delegate.resume(type);
    }

    @Override
    public Set<String> pausedTypes() {
        return delegate.pausedTypes();
    }
}
