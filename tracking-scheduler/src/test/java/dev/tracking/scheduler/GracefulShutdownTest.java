package dev.tracking.scheduler;

import static dev.tracking.scheduler.TestJobs.T0;
import static dev.tracking.scheduler.TestJobs.fastEngine;
import static dev.tracking.scheduler.TestJobs.find;
import static dev.tracking.scheduler.TestJobs.job;
import static dev.tracking.scheduler.TestJobs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.SettableClock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping: running jobs finish within the timeout, claimed ones not started go back, and after it the rest. */
class GracefulShutdownTest {

    private final TestJobs engines = new TestJobs();
    private final SettableClock clock = TestJobs.clockAtT0();
    private final JobStore store = TestJobs.inMemoryStore();
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void aRunningJobFinishesWithinTheTimeoutAndAClaimedOneNotYetStartedIsGivenBack() throws Exception {
        CountDownLatch finishA = new CountDownLatch(1);
        JobHandler slow = JobHandler.of("slow", context -> {
            started.add(context.payload().get("name"));
            finishA.await();
        });
        GatedWorkers workers = new GatedWorkers(1);
        TrackingScheduler engine = engines.built(fastEngine(store, clock, slow).threads(2)
                .shutdownTimeout(Duration.ofSeconds(10)).workerThreadFactory(workers));
        JobRequest a = named("slow", "a", 2);
        JobRequest b = named("slow", "b", 1);
        store.schedule(a);
        store.schedule(b);
        engine.start();
        Await.until("a started and b is claimed", () -> started.contains("a")
                && status(store, b.id()) == JobStatus.RUNNING);

        long stopping = System.nanoTime();
        CompletableFuture<Void> stop = CompletableFuture.runAsync(engine::stop);
        Await.until("b was given back", () -> status(store, b.id()) == JobStatus.PENDING);
        assertThat(find(store, b.id()).attempts()).as("b's attempt does not count").isZero();
        assertThat(store.attempts(b.id())).extracting(JobAttempt::outcome)
                .containsExactly(JobAttempt.Outcome.RELEASED);
        assertThat(status(store, a.id())).as("a still runs").isEqualTo(JobStatus.RUNNING);
        assertThat(engine.isRunning()).isFalse();

        workers.open();
        finishA.countDown();
        stop.get(10, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
        assertThat(status(store, a.id())).isEqualTo(JobStatus.COMPLETED);
        assertThat(started).as("b never ran here").containsExactly("a");
        assertThat(status(store, b.id())).isEqualTo(JobStatus.PENDING);
    }

    @Test
    void aJobStillRunningAtTheTimeoutIsGivenBackAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        JobHandler stuck = JobHandler.of("stuck", context -> {
            started.add(context.payload().get("name"));
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        TrackingScheduler engine = engines.started(fastEngine(store, clock, stuck)
                .shutdownTimeout(Duration.ofMillis(300)));
        JobRequest c = named("stuck", "c", 1);
        store.schedule(c);
        Await.until("c started", () -> started.contains("c"));

        long stopping = System.nanoTime();
        engine.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isBetween(Duration.ofMillis(250),
                Duration.ofSeconds(5));
        assertThat(status(store, c.id())).isEqualTo(JobStatus.PENDING);
        assertThat(find(store, c.id()).attempts()).isZero();
        assertThat(find(store, c.id()).leaseOwner()).isNull();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler was interrupted").isTrue();
        assertThat(store.attempts(c.id())).extracting(JobAttempt::outcome)
                .containsExactly(JobAttempt.Outcome.RELEASED);
        assertThat(status(store, c.id())).as("its late failure is not recorded").isEqualTo(JobStatus.PENDING);
    }

    @Test
    void completionsWaitingToBeRecordedAreRecordedOnStop() {
        AtomicInteger runs = new AtomicInteger();
        JobHandler quick = JobHandler.of("quick", context -> runs.incrementAndGet());
        TrackingScheduler engine = engines.started(fastEngine(store, clock, quick)
                .completionFlushInterval(Duration.ofHours(1)).completionFlushSize(1000));
        JobRequest d = named("quick", "d", 1);
        store.schedule(d);
        Await.until("d ran", () -> runs.get() == 1);
        assertThat(status(store, d.id())).as("its completion waits to be recorded").isEqualTo(JobStatus.RUNNING);

        engine.stop();

        assertThat(status(store, d.id())).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void anInstanceStartsOnceAndStopsOnce() {
        TrackingScheduler engine = engines.started(fastEngine(store, clock, JobHandler.of("any", context -> { })));
        assertThat(engine.isRunning()).isTrue();
        assertThatThrownBy(engine::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("before");

        engine.stop();
        engine.stop();
        engine.close();

        assertThat(engine.isRunning()).isFalse();
        assertThatThrownBy(engine::start).isInstanceOf(IllegalStateException.class);
    }

    /** A job of {@code type} called {@code name}, due the seconds before T0 (the earlier, the sooner claimed). */
    private static JobRequest named(String type, String name, int secondsBeforeT0) {
        return job(type, T0.minusSeconds(secondsBeforeT0), null, Map.of("name", name));
    }

    /** Worker threads of which the first {@code free} start at once and the rest only when {@link #open()}ed. */
    private static final class GatedWorkers implements ThreadFactory {

        private final AtomicInteger made = new AtomicInteger();
        private final int free;
        private final CountDownLatch gate = new CountDownLatch(1);

        GatedWorkers(int free) {
            this.free = free;
        }

        void open() {
            gate.countDown();
        }

        @Override
        public Thread newThread(Runnable work) {
            boolean held = made.incrementAndGet() > free;
            Thread thread = new Thread(() -> {
                if (held) {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                work.run();
            }, "gated-worker-" + made.get());
            thread.setDaemon(true);
            return thread;
        }
    }
}
