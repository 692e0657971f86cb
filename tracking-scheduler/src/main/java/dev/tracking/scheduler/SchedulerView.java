package dev.tracking.scheduler;

import java.util.Set;

/** A live, read-only view of a running engine instance, for gauges. */
public interface SchedulerView {

    /** The instance's unique name, the owner of the jobs it holds. */
    String instanceName();

    /** The job types it has handlers for. */
    Set<String> jobTypes();

    /** How many handlers run right now. */
    int runningJobs();

    /** How many handlers of {@code type} run right now. */
    int runningJobs(String type);
}
