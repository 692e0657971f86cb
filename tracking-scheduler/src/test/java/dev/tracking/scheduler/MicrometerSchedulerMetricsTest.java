package dev.tracking.scheduler;

import static dev.tracking.scheduler.TestJobs.T0;
import static dev.tracking.scheduler.TestJobs.fastEngine;
import static dev.tracking.scheduler.TestJobs.job;
import static dev.tracking.scheduler.TestJobs.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.Notifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Micrometer binding: counters per type and outcome, the handler timer, gauges of running jobs. */
class MicrometerSchedulerMetricsTest {

    private final TestJobs engines = new TestJobs();
    private final JobStore store = TestJobs.inMemoryStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void recordsClaimsOutcomesHandlerTimesAndRunningJobs() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        TrackingScheduler engine = engines.started(fastEngine(store, TestJobs.clockAtT0(),
                JobHandler.of("email", context -> finish.await()),
                JobHandler.of("sync", context -> {
                    throw new IllegalStateException("down");
                }))
                .instanceName("node-1").backoff(Backoff.none()).notifier(notification -> { })
                .metrics(new MicrometerSchedulerMetrics(registry)));
        JobRequest email = job("email", T0);
        store.schedule(email);

        Gauge running = registry.find(MicrometerSchedulerMetrics.RUNNING).tag("instance", "node-1")
                .tag("type", "email").gauge();
        assertThat(running).isNotNull();
        Await.until("the e-mail runs", () -> running.value() == 1.0);
        finish.countDown();
        Await.until("the e-mail completed", () -> status(store, email.id()) == JobStatus.COMPLETED);
        assertThat(running.value()).isZero();

        JobRequest sync = job("sync", T0, 2);
        store.schedule(sync);
        Await.until("the sync job is dead and counted", () -> status(store, sync.id()) == JobStatus.DEAD
                && finished("sync", "dead") == 1.0 && finished("sync", "failed_will_retry") == 1.0);

        assertThat(registry.get(MicrometerSchedulerMetrics.CLAIMED).tag("type", "email").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get(MicrometerSchedulerMetrics.CLAIMED).tag("type", "sync").counter().count())
                .isEqualTo(2.0);
        assertThat(finished("email", "completed")).isEqualTo(1.0);
        assertThat(finished("sync", "failed_will_retry")).isEqualTo(1.0);
        assertThat(finished("sync", "dead")).isEqualTo(1.0);
        assertThat(registry.get(MicrometerSchedulerMetrics.DURATION).tag("type", "email")
                .tag("outcome", "completed").timer().count()).isEqualTo(1);

        engine.stop();

        assertThat(registry.find(MicrometerSchedulerMetrics.RUNNING).gauges()).as("gauges go with the instance")
                .isEmpty();
    }

    @Test
    void countsLeasesTakenBack() {
        dev.tracking.testsupport.SettableClock clock = TestJobs.clockAtT0();
        CountDownLatch never = new CountDownLatch(1);
        Engine crashing = (Engine) engines.started(fastEngine(store, clock, JobHandler.of("email",
                context -> never.await())).instanceName("node-1"));
        JobRequest email = job("email", T0);
        store.schedule(email);
        Await.until("the e-mail runs", () -> crashing.view().runningJobs("email") == 1);
        crashing.crash();
        clock.advance(TrackingScheduler.Builder.DEFAULT_LEASE_DURATION.plusSeconds(1));

        engines.started(fastEngine(store, clock, JobHandler.of("email", context -> { })).instanceName("node-2")
                .notifier(Notifier.logging()).metrics(new MicrometerSchedulerMetrics(registry)));

        Await.until("the e-mail completed", () -> status(store, email.id()) == JobStatus.COMPLETED);
        assertThat(registry.get(MicrometerSchedulerMetrics.LEASES_RECOVERED).counter().count()).isEqualTo(1.0);
    }

    private double finished(String type, String outcome) {
        Counter counter = registry.find(MicrometerSchedulerMetrics.FINISHED).tag("type", type)
                .tag("outcome", outcome).counter();
        return counter == null ? 0.0 : counter.count();
    }
}
