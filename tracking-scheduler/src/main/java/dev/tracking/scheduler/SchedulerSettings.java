package dev.tracking.scheduler;

import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

/**
 * What {@link TrackingScheduler.Builder} configured, checked.
 *
 * @param workerThreadFactory null for the default
 */
record SchedulerSettings(JobStore store, Map<String, JobHandler> handlers, int threads, Duration pollInterval,
        int claimBatchSize, Duration leaseDuration, Duration heartbeatInterval, Duration shutdownTimeout,
        int completionFlushSize, Duration completionFlushInterval, Backoff backoff, Map<String, Backoff> backoffs,
        Map<String, Integer> concurrency, List<RecurringJob> recurringJobs, String instanceName, Clock clock,
        Notifier notifier, SchedulerMetrics metrics, IdGenerator ids, ThreadFactory workerThreadFactory) {

    SchedulerSettings {
        handlers = Map.copyOf(handlers);
        backoffs = Map.copyOf(backoffs);
        concurrency = Map.copyOf(concurrency);
        recurringJobs = List.copyOf(recurringJobs);
    }

    Set<String> types() {
        return handlers.keySet();
    }

    Backoff backoffOf(String type) {
        return backoffs.getOrDefault(type, backoff);
    }
}
