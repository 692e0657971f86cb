package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.JobTypePause;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.job.JobDetails;
import dev.tracking.core.port.in.job.JobStatistics;
import dev.tracking.core.port.in.job.JobUseCases;
import dev.tracking.core.port.in.job.ListJobsCommand;
import dev.tracking.core.port.out.JobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The job use cases. Retrying, cancelling, pausing and resuming are changes made by people, so each writes its audit
 * entry in its unit of work; the engines' own bookkeeping (claims, leases, attempts) is not audited.
 */
public final class JobService implements JobUseCases {

    private static final String ENTITY = "job";
    private static final String RUN_AT = "runAt";

    private final JobStore jobs;
    private final AuditRecorder audit;
    private final ServiceSupport support;

    public JobService(JobStore jobs, AuditRecorder audit, ServiceSupport support) {
        this.jobs = jobs;
        this.audit = audit;
        this.support = support;
    }

    @Override
    public Page<Job> list(ListJobsCommand command) {
        support.require(Feature.JOBS_READ);
        var after = CursorCodec.decode(command.page().cursor(), RUN_AT, SortDirection.DESC, Instant.class);
        int limit = command.page().limit();
        return Pages.of(jobs.list(command.criteria(), after, limit + 1), limit,
                last -> CursorCodec.encode(RUN_AT, SortDirection.DESC, last.runAt(), last.id()));
    }

    @Override
    public JobDetails get(UUID id) {
        support.require(Feature.JOBS_READ);
        Job job = load(id);
        return new JobDetails(job, jobs.attempts(id));
    }

    @Override
    public JobStatistics statistics() {
        support.require(Feature.JOBS_READ);
        Instant now = support.now();
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(jobs.countByStatus());
        Duration lag = jobs.oldestDue(now).map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO);
        return new JobStatistics(counts, lag);
    }

    @Override
    public Job retry(UUID id) {
        support.require(Feature.JOBS_RETRY);
        return support.inTransaction(() -> {
            Job before = load(id);
            if (!jobs.retry(id, support.now())) {
                throw new ValidationException("status", "a " + before.status()
                        + " job cannot be retried; only dead, failed or cancelled ones");
            }
            Job after = load(id);
            audit.record(AuditEntity.SCHEDULED_JOB, id.toString(), AuditAction.UPDATE, before, after);
            return after;
        });
    }

    @Override
    public Job cancel(UUID id) {
        support.require(Feature.JOBS_CANCEL);
        return support.inTransaction(() -> {
            Job before = load(id);
            if (!jobs.cancel(id, support.now())) {
                throw new ValidationException("status", "a " + before.status()
                        + " job cannot be cancelled; only waiting ones");
            }
            Job after = load(id);
            audit.record(AuditEntity.SCHEDULED_JOB, id.toString(), AuditAction.UPDATE, before, after);
            return after;
        });
    }

    @Override
    public void pause(String type) {
        support.require(Feature.JOBS_CANCEL);
        String jobType = Check.requiredText(type, "type", JobRequest.MAX_TYPE_LENGTH);
        support.inTransaction(() -> {
            if (!jobs.pausedTypes().contains(jobType)) {
                Instant now = support.now();
                jobs.pause(jobType, now);
                audit.record(AuditEntity.JOB_TYPE_PAUSE, jobType, AuditAction.INSERT, null,
                        new JobTypePause(jobType, now));
            }
            return null;
        });
    }

    @Override
    public void resume(String type) {
        support.require(Feature.JOBS_RETRY);
        String jobType = Check.requiredText(type, "type", JobRequest.MAX_TYPE_LENGTH);
        support.inTransaction(() -> {
            if (jobs.pausedTypes().contains(jobType)) {
                jobs.resume(jobType);
                audit.record(AuditEntity.JOB_TYPE_PAUSE, jobType, AuditAction.DELETE,
                        new JobTypePause(jobType, null), null);
            }
            return null;
        });
    }

    @Override
    public Set<String> pausedTypes() {
        support.require(Feature.JOBS_READ);
        return jobs.pausedTypes();
    }

    private Job load(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
