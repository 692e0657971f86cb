package dev.tracking.core.port.out;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.PlannedJob;
import java.util.List;

/**
 * Schedules jobs in the caller's unit of work: a rolled-back change leaves no job behind, a committed one has all of
 * its jobs. Implementations must pass {@code JobSchedulerContract}.
 */
public interface JobScheduler {

    /**
     * Schedules a job, unless a job with the same idempotency key will still run.
     *
     * @return whether it was scheduled (false: a job with its key is waiting already)
     */
    boolean schedule(JobRequest job);

    /**
     * Cancels the jobs that will still run (pending, or waiting to retry) whose idempotency key starts with the prefix;
     * a running job is left to finish.
     *
     * @return how many were cancelled
     */
    int cancel(String keyPrefix);

    /** The jobs that will still run whose idempotency key starts with the prefix, soonest first (then by id). */
    List<PlannedJob> pending(String keyPrefix);
}
