package dev.tracking.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renews the leases of the jobs this instance holds (the heartbeat), and notices jobs taken over by another. */
final class LeaseKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final EngineStore store;
    private final HeldJobs held;
    private final Clock clock;
    private final Duration leaseDuration;
    private final SchedulerMetrics metrics;

    LeaseKeeper(EngineStore store, HeldJobs held, Clock clock, Duration leaseDuration, SchedulerMetrics metrics) {
        this.store = store;
        this.held = held;
        this.clock = clock;
        this.leaseDuration = leaseDuration;
        this.metrics = metrics;
    }

    void heartbeat() {
        List<HeldJob> jobs = held.all();
        if (jobs.isEmpty()) {
            return;
        }
        List<UUID> ids = jobs.stream().map(h -> h.job().id()).distinct().toList();
        Set<UUID> stillHeld = store.extendLeases(ids, clock.instant().plus(leaseDuration));
        int lost = 0;
        for (HeldJob job : jobs) {
            boolean active = job.state() == HeldJob.State.CLAIMED || job.state() == HeldJob.State.RUNNING;
            if (!stillHeld.contains(job.job().id()) && active && held.contains(job) && job.markLost()) {
                LOG.warn("job {} ({}) was taken over by another instance while {} ran it (its lease expired); it"
                        + " may run twice", job.job().id(), job.job().type(), store.owner());
                lost++;
            }
        }
        if (lost > 0) {
            metrics.leasesLost(lost);
        }
    }
}
