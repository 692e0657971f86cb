package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Jobs, stores and engines for the engine's tests, and the engines to stop after each test. */
final class TestJobs implements AutoCloseable {

    /** Where the tests' clocks start: Friday 2025-03-14 09:00 UTC. */
    static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

    private final List<TrackingScheduler> engines = new ArrayList<>();

    static JobStore inMemoryStore() {
        return InMemoryPersistence.create().jobStore();
    }

    static SettableClock clockAtT0() {
        return new SettableClock(T0);
    }

    static JobRequest job(String type, Instant runAt) {
        return job(type, runAt, JobRequest.DEFAULT_MAX_ATTEMPTS);
    }

    static JobRequest job(String type, Instant runAt, int maxAttempts) {
        return new JobRequest(UUID.randomUUID(), type, Map.of("n", "1"), runAt, null, maxAttempts, runAt);
    }

    static JobRequest job(String type, Instant runAt, String key, Map<String, String> payload) {
        return new JobRequest(UUID.randomUUID(), type, payload, runAt, key, JobRequest.DEFAULT_MAX_ATTEMPTS, runAt);
    }

    static Job find(JobStore store, UUID id) {
        return store.find(id).orElseThrow();
    }

    static JobStatus status(JobStore store, UUID id) {
        return find(store, id).status();
    }

    /**
     * An engine builder for tests: polls every 20 ms, records completions every 10 ms, gives back at once on stop
     * unless a test says otherwise.
     */
    static TrackingScheduler.Builder fastEngine(JobStore store, java.time.Clock clock, JobHandler... handlers) {
        return TrackingScheduler.create(store, handlers)
                .clock(clock)
                .pollInterval(Duration.ofMillis(20))
                .completionFlushInterval(Duration.ofMillis(10))
                .shutdownTimeout(Duration.ofSeconds(5));
    }

    /** Builds and starts the engine, and stops it when the test ends. */
    TrackingScheduler started(TrackingScheduler.Builder builder) {
        TrackingScheduler engine = builder.build();
        engines.add(engine);
        engine.start();
        return engine;
    }

    /** Builds the engine (not started) and stops it when the test ends. */
    TrackingScheduler built(TrackingScheduler.Builder builder) {
        TrackingScheduler engine = builder.build();
        engines.add(engine);
        return engine;
    }

    @Override
    public void close() {
        engines.forEach(TrackingScheduler::stop);
    }
}
