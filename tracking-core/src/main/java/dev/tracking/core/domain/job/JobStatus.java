package dev.tracking.core.domain.job;

/** Where a scheduled job stands. */
public enum JobStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED_WILL_RETRY,
    DEAD,
    CANCELLED;

    /** Pending or waiting to retry: it will still run, and may be cancelled. */
    public boolean isWaiting() {
        return this == PENDING || this == FAILED_WILL_RETRY;
    }
}
