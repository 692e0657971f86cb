package dev.tracking.core.port.in.job;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.port.in.common.Page;
import java.util.Set;
import java.util.UUID;

/** Operating the persistent jobs: what is scheduled, what failed and why, retrying, cancelling and pausing. */
public interface JobUseCases {

    /** Jobs by status, type and run-time window, latest run time first. Needs {@code jobs.read}. */
    Page<Job> list(ListJobsCommand command);

    /**
     * A job with its attempts and their errors. Needs {@code jobs.read}.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException when there is no such job
     */
    JobDetails get(UUID id);

    /** Counts by status and the lag of the oldest due job. Needs {@code jobs.read}. */
    JobStatistics statistics();

    /**
     * Runs a dead, failed or cancelled job again now, with at least one more attempt. Needs {@code jobs.retry}.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException   when there is no such job
     * @throws dev.tracking.core.domain.common.ValidationException when the job is running, completed or waiting
     * @throws dev.tracking.core.domain.common.DuplicateException  when another live job has its idempotency key
     */
    Job retry(UUID id);

    /**
     * Cancels a waiting job. Needs {@code jobs.cancel}.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException   when there is no such job
     * @throws dev.tracking.core.domain.common.ValidationException when the job is not waiting
     */
    Job cancel(UUID id);

    /** Stops the engines claiming jobs of a type; running ones finish. Needs {@code jobs.cancel}. */
    void pause(String type);

    /** Lets the engines claim jobs of a paused type again. Needs {@code jobs.retry}. */
    void resume(String type);

    /** The paused types. Needs {@code jobs.read}. */
    Set<String> pausedTypes();
}
