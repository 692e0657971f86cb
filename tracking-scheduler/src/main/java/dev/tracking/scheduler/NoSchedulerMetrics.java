package dev.tracking.scheduler;

/** The metrics that record nothing. */
enum NoSchedulerMetrics implements SchedulerMetrics {
    INSTANCE;

    @Override
    public String toString() {
        return "SchedulerMetrics.none()";
    }
}
