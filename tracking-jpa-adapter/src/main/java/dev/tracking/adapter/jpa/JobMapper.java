package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;

/** Maps {@link ScheduledJobEntity} and {@link JobAttemptEntity} rows to the core's job records. */
final class JobMapper {

    static Job toJob(ScheduledJobEntity row) {
        return new Job(row.id, row.jobType, row.payload, row.runAt, JobStatus.valueOf(row.status), row.attempts,
                row.maxAttempts, row.lastError, row.leaseOwner, row.leaseExpiresAt, row.idempotencyKey,
                row.createdAt, row.updatedAt);
    }

    static PlannedJob toPlanned(ScheduledJobEntity row) {
        return new PlannedJob(row.id, row.jobType, row.payload, row.runAt, row.idempotencyKey,
                JobStatus.valueOf(row.status), row.attempts);
    }

    static JobAttempt toAttempt(JobAttemptEntity row) {
        return new JobAttempt(row.jobId, row.attempt, row.owner, row.startedAt, row.finishedAt,
                JobAttempt.Outcome.valueOf(row.outcome), row.error);
    }

    private JobMapper() {
    }
}
