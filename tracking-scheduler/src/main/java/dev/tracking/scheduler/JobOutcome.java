package dev.tracking.scheduler;

/** How an attempt of a job ended, as {@link SchedulerMetrics} hears it. */
public enum JobOutcome {
    /** The handler returned: the job is complete. */
    COMPLETED,
    /** The handler threw and the job has attempts left: it waits to retry after its backoff. */
    FAILED_WILL_RETRY,
    /** The handler threw a {@link PermanentJobFailure}, or on the last attempt: the job is dead. */
    DEAD,
    /**
     * The outcome could not be recorded because this instance no longer held the job (its lease expired and another
     * instance took the job over).
     */
    LEASE_LOST
}
