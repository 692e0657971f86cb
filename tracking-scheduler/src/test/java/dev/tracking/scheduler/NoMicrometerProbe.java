package dev.tracking.scheduler;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a job on an engine with default metrics, for {@link WithoutMicrometerTest} to call in a class loader that has
 * no Micrometer. Uses nothing but the engine, the core and the in-memory store.
 */
public final class NoMicrometerProbe {

    private NoMicrometerProbe() {
    }

    /** The status of a job run by a fresh engine, after at most ten seconds. */
    public static String runOneJob() throws InterruptedException {
        JobStore store = InMemoryPersistence.create().jobStore();
        Clock clock = Clock.systemUTC();
        TrackingScheduler engine = TrackingScheduler.create(store, JobHandler.of("email", context -> { }))
                .pollInterval(Duration.ofMillis(20)).completionFlushInterval(Duration.ofMillis(10)).build();
        engine.start();
        try {
            UUID id = UUID.randomUUID();
            engine.enqueue(new JobRequest(id, "email", Map.of(), clock.instant(), null, 1, clock.instant()));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (store.find(id).orElseThrow().status() != JobStatus.COMPLETED && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return store.find(id).orElseThrow().status().name();
        } finally {
            engine.stop();
        }
    }
}
