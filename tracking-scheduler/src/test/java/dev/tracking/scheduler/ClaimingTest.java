package dev.tracking.scheduler;

import static dev.tracking.scheduler.TestJobs.T0;
import static dev.tracking.scheduler.TestJobs.fastEngine;
import static dev.tracking.scheduler.TestJobs.job;
import static dev.tracking.scheduler.TestJobs.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** What an instance claims, how much at once, and how soon. */
class ClaimingTest {

    private final TestJobs engines = new TestJobs();
    private final SettableClock clock = TestJobs.clockAtT0();
    private final WatchedJobStore store = new WatchedJobStore(TestJobs.inMemoryStore());

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void aTypesConcurrencyLimitAndTheThreadCountAreNeverExceeded() {
        ConcurrencyProbe probe = new ConcurrencyProbe();
        engines.started(fastEngine(store, clock, probe.handler("email"), probe.handler("sms"))
                .threads(6).concurrency("email", 2));
        List<JobRequest> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            jobs.add(job("email", T0));
            jobs.add(job("sms", T0));
        }
        jobs.forEach(store::schedule);

        Await.until("every job completed", () -> jobs.stream()
                .allMatch(j -> status(store, j.id()) == JobStatus.COMPLETED));
        assertThat(probe.max("email")).as("most e-mails at once").isEqualTo(2);
        assertThat(probe.maxTotal()).as("most jobs at once").isLessThanOrEqualTo(6).isGreaterThan(2);
        assertThat(store.claimRequests()).as("no claim asks for more than the free threads")
                .allSatisfy(claim -> assertThat(claim.limit()).isLessThanOrEqualTo(6));
        assertThat(store.claimRequests()).as("an e-mail claim never asks for more than the limit leaves")
                .filteredOn(claim -> claim.types().contains("email"))
                .allSatisfy(claim -> assertThat(claim.limit()).isLessThanOrEqualTo(2));
    }

    @Test
    void anInstanceClaimsNoMoreThanItHasFreeThreads() {
        ConcurrencyProbe probe = new ConcurrencyProbe();
        engines.started(fastEngine(store, clock, probe.handler("sync")).threads(3).claimBatchSize(50));
        List<JobRequest> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(job("sync", T0));
        }
        jobs.forEach(store::schedule);

        Await.until("every job completed", () -> jobs.stream()
                .allMatch(j -> status(store, j.id()) == JobStatus.COMPLETED));
        assertThat(store.claimRequests()).extracting(JobClaim::limit).allSatisfy(limit ->
                assertThat(limit).isBetween(1, 3));
        assertThat(probe.maxTotal()).isLessThanOrEqualTo(3);
    }

    @Test
    void aPausedTypeIsNotRunUntilItIsResumed() {
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        store.pause("report", T0);
        engines.started(fastEngine(store, clock, JobHandler.of("report", context -> reports.incrementAndGet()),
                JobHandler.of("sync", context -> others.incrementAndGet())));
        JobRequest report = job("report", T0);
        store.schedule(report);
        store.schedule(job("sync", T0));

        Await.until("the other job ran", () -> others.get() == 1);
        store.awaitMoreClaims(5);
        assertThat(reports).as("the paused report did not run").hasValue(0);
        assertThat(status(store, report.id())).isEqualTo(JobStatus.PENDING);

        store.resume("report");

        Await.until("the report completed", () -> status(store, report.id()) == JobStatus.COMPLETED);
        assertThat(reports).hasValue(1);
    }

    @Test
    void aJobEnqueuedForNowStartsLongBeforeTheNextPoll() {
        AtomicInteger runs = new AtomicInteger();
        TrackingScheduler engine = engines.started(fastEngine(store, clock,
                JobHandler.of("email", context -> runs.incrementAndGet())).pollInterval(Duration.ofHours(1)));
        Await.until("the first poll happened", () -> store.claims() >= 1);

        long enqueued = System.nanoTime();
        assertThat(engine.enqueue(job("email", clock.instant()))).isTrue();

        Await.until("the job ran", () -> runs.get() == 1, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - enqueued)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aJobEnqueuedInAUnitOfWorkThatCommitsLaterIsFoundByTheRechecks() {
        AtomicInteger runs = new AtomicInteger();
        CommitLaterJobStore committingLater = new CommitLaterJobStore(store);
        TrackingScheduler engine = engines.started(fastEngine(committingLater, clock,
                JobHandler.of("email", context -> runs.incrementAndGet())).pollInterval(Duration.ofHours(1)));
        Await.until("the first poll happened", () -> store.claims() >= 1);

        long enqueued = System.nanoTime();
        engine.enqueue(job("email", clock.instant()));
        store.awaitMoreClaims(1);
        assertThat(runs).as("the first look found nothing: not committed yet").hasValue(0);
        committingLater.commit();

        Await.until("the job ran", () -> runs.get() == 1, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - enqueued)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theHandlerSeesTheJobsIdAndTypeInTheMdcAndTheWorkerForgetsThemAfterwards() {
        Map<String, String> seen = new ConcurrentHashMap<>();
        List<String> afterwards = new CopyOnWriteArrayList<>();
        engines.started(fastEngine(store, clock, JobHandler.of("email", context -> {
            seen.put("jobId", String.valueOf(MDC.get("jobId")));
            seen.put("jobType", String.valueOf(MDC.get("jobType")));
        }), JobHandler.of("probe", context -> afterwards.add(String.valueOf(MDC.get("jobType"))))).threads(1));
        JobRequest email = job("email", T0.minusSeconds(1));
        store.schedule(email);
        Await.until("the e-mail ran", () -> seen.size() == 2);

        store.schedule(job("probe", T0));
        Await.until("the probe ran", () -> afterwards.size() == 1);

        assertThat(seen).containsEntry("jobId", email.id().toString()).containsEntry("jobType", "email");
        assertThat(afterwards).as("the same worker thread, its MDC cleaned up in between").containsExactly("probe");
    }

    /**
     * Counts the handlers of each type running at once. Each runs until a second one of its type runs beside it, or
     * at most 100 ms, so that jobs the engine may run together do overlap however slowly threads start.
     */
    private static final class ConcurrencyProbe {

        private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> max = new ConcurrentHashMap<>();
        private final AtomicInteger total = new AtomicInteger();
        private final AtomicInteger maxTotal = new AtomicInteger();

        JobHandler handler(String type) {
            return JobHandler.of(type, context -> {
                int now = running.computeIfAbsent(type, t -> new AtomicInteger()).incrementAndGet();
                max.computeIfAbsent(type, t -> new AtomicInteger()).accumulateAndGet(now, Math::max);
                maxTotal.accumulateAndGet(total.incrementAndGet(), Math::max);
                try {
                    long until = System.nanoTime() + 100_000_000L;
                    while (running.get(type).get() < 2 && System.nanoTime() < until) {
                        Thread.sleep(1);
                    }
                    Thread.sleep(2);
                } finally {
                    total.decrementAndGet();
                    running.get(type).decrementAndGet();
                }
            });
        }

        int max(String type) {
            return max.getOrDefault(type, new AtomicInteger()).get();
        }

        int maxTotal() {
            return maxTotal.get();
        }
    }

    /**
     * A store whose {@code schedule} is not visible to claims until {@link #commit()}, as a job scheduled in the
     * caller's unit of work before it commits.
     */
    private static final class CommitLaterJobStore extends DelegatingJobStore {

        private final JobStore target;
        private final List<JobRequest> uncommitted = new CopyOnWriteArrayList<>();

        CommitLaterJobStore(JobStore target) {
            super(target);
            this.target = target;
        }

        @Override
        public boolean schedule(JobRequest job) {
            uncommitted.add(job);
            return true;
        }

        void commit() {
            uncommitted.forEach(target::schedule);
            uncommitted.clear();
        }
    }
}
