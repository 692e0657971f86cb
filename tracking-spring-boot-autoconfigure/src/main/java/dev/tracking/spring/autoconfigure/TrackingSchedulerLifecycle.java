package dev.tracking.spring.autoconfigure;

import dev.tracking.scheduler.TrackingScheduler;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link TrackingScheduler} when the application context has started and stops it, gracefully, when the
 * context closes: the engine stops claiming, gives back the jobs it claimed but did not start, waits up to
 * {@code tracking.scheduler.shutdown-timeout} for the running handlers and records their outcome, and gives back the
 * jobs still running then (unfinished, for another attempt). The stop is synchronous in phase {@value #PHASE}: it
 * happens before the web server's graceful shutdown, and always before the DataSource is closed (beans are destroyed
 * only once every lifecycle has stopped). An engine starts once: the context can be closed, not stopped and started
 * again.
 */
public class TrackingSchedulerLifecycle implements SmartLifecycle {

    /** The lifecycle phase: {@code SmartLifecycle.DEFAULT_PHASE - 512}, after the web server on start-up. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private final TrackingScheduler scheduler;

    /** Starts and stops {@code scheduler}. */
    public TrackingSchedulerLifecycle(TrackingScheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public void start() {
        if (!scheduler.isRunning()) {
            scheduler.start();
        }
    }

    @Override
    public void stop() {
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The engine it starts and stops. */
    public TrackingScheduler scheduler() {
        return scheduler;
    }
}
