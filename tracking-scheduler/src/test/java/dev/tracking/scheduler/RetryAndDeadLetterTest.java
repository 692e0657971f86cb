package dev.tracking.scheduler;

import java.util.Set;
import dev.tracking.core.domain.job.JobClaim;
import static dev.tracking.scheduler.TestJobs.T0;
import static dev.tracking.scheduler.TestJobs.fastEngine;
import static dev.tracking.scheduler.TestJobs.find;
import static dev.tracking.scheduler.TestJobs.job;
import static dev.tracking.scheduler.TestJobs.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.inmemory.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failed attempts: the backoff schedule, dead jobs and their alert, manual retry, permanent failures. */
class RetryAndDeadLetterTest {

    /** 10 s doubling to at most 60 s, jitter ±50 % drawn as 0.75: every delay is 1.25 times its base, capped. */
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60))
            .withJitter(0.5).withRandom(() -> 0.75);

    private final TestJobs engines = new TestJobs();
    private final SettableClock clock = TestJobs.clockAtT0();
    private final WatchedJobStore store = new WatchedJobStore(TestJobs.inMemoryStore());
    private final RecordingNotifier notifier = new RecordingNotifier();

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void eachFailedAttemptWaitsForItsBackoffAndTheLastIsDeadWithExactlyOneAlert() {
        JobHandler failing = JobHandler.of("sync", context -> {
            throw new IllegalStateException("carrier API down");
        });
        engines.started(fastEngine(store, clock, failing).backoff(BACKOFF).notifier(notifier));
        JobRequest request = job("sync", T0, 5);
        store.schedule(request);

        List<Instant> expectedRetries = List.of(
                T0.plusMillis(12_500),                      // 10 s × 1.25
                T0.plusMillis(12_500 + 25_000),             // 20 s × 1.25
                T0.plusMillis(12_500 + 25_000 + 50_000),    // 40 s × 1.25
                T0.plusMillis(12_500 + 25_000 + 50_000 + 60_000)); // 80 s capped at 60 s, × 1.25 capped at 60 s
        for (int attempt = 1; attempt <= 4; attempt++) {
            int expectedAttempts = attempt;
            Await.until("attempt " + attempt + " failed", () -> find(store, request.id()).attempts() == expectedAttempts
                    && status(store, request.id()) == JobStatus.FAILED_WILL_RETRY);
            Job waiting = find(store, request.id());
            assertThat(waiting.runAt()).as("retry after attempt %d", attempt).isEqualTo(expectedRetries.get(attempt - 1));
            assertThat(waiting.lastError()).contains("IllegalStateException", "carrier API down");
            clock.set(waiting.runAt());
        }

        Await.until("the job is dead and alerted", () -> status(store, request.id()) == JobStatus.DEAD
                && !notifier.sent().isEmpty());
        store.awaitMoreClaims(5);
        assertThat(find(store, request.id()).attempts()).isEqualTo(5);
        assertThat(store.attempts(request.id())).extracting(JobAttempt::outcome).containsOnly(JobAttempt.Outcome.FAILED)
                .hasSize(5);
        assertThat(notifier.sent()).hasSize(1);
        Notification alert = notifier.sent().get(0);
        assertThat(alert.topic()).isEqualTo(TrackingScheduler.DEAD_JOB_TOPIC).isEqualTo("job.dead");
        assertThat(alert.mawbId()).isNull();
        assertThat(alert.at()).isEqualTo(expectedRetries.get(3));
        assertThat(alert.attributes()).containsEntry("jobId", request.id().toString()).containsEntry("type", "sync")
                .containsEntry("attempts", "5").hasSize(4);
        assertThat(alert.attributes().get("error")).contains("carrier API down");
    }

    @Test
    void aJobWhoseLastAttemptsLeaseExpiredIsDeadWithExactlyOneAlert() {
        JobRequest request = job("sync", T0, 1);
        store.schedule(request);
        store.claimDue(new JobClaim("node-that-died", T0, T0.plusSeconds(1), 1, Set.of("sync")));
        clock.set(T0.plusSeconds(2));

        engines.started(fastEngine(store, clock, JobHandler.of("sync", context -> { })).notifier(notifier));

        Await.until("the job is dead and alerted", () -> status(store, request.id()) == JobStatus.DEAD
                && !notifier.sent().isEmpty());
        assertThat(notifier.sent()).singleElement().satisfies(alert -> {
            assertThat(alert.topic()).isEqualTo(TrackingScheduler.DEAD_JOB_TOPIC);
            assertThat(alert.attributes()).containsEntry("jobId", request.id().toString())
                    .containsEntry("type", "sync");
            assertThat(alert.attributes().get("error")).contains("node-that-died");
        });
        assertThat(store.attempts(request.id())).extracting(JobAttempt::outcome)
                .containsExactly(JobAttempt.Outcome.LEASE_EXPIRED);
    }

    @Test
    void aDeadJobRetriedByHandRunsAgain() {
        AtomicBoolean carrierDown = new AtomicBoolean(true);
        List<Integer> attemptsSeen = new CopyOnWriteArrayList<>();
        JobHandler sync = JobHandler.of("sync", context -> {
            attemptsSeen.add(context.attempt());
            if (carrierDown.get()) {
                throw new IllegalStateException("carrier API down");
            }
        });
        engines.started(fastEngine(store, clock, sync).backoff(BACKOFF).notifier(notifier));
        JobRequest request = job("sync", T0, 1);
        store.schedule(request);
        Await.until("the job is dead and alerted", () -> status(store, request.id()) == JobStatus.DEAD
                && !notifier.sent().isEmpty());

        carrierDown.set(false);
        assertThat(store.retry(request.id(), clock.instant())).isTrue();

        Await.until("the retried job completed", () -> status(store, request.id()) == JobStatus.COMPLETED);
        assertThat(attemptsSeen).containsExactly(1, 2);
        assertThat(store.attempts(request.id())).extracting(JobAttempt::outcome)
                .containsExactly(JobAttempt.Outcome.FAILED, JobAttempt.Outcome.COMPLETED);
        assertThat(notifier.sent()).hasSize(1);
    }

    @Test
    void aPermanentFailureIsDeadAtOnceWithItsAlert() {
        JobHandler rejecting = JobHandler.of("email", context -> {
            throw new PermanentJobFailure("550 mailbox unavailable: ops@nowhere.example");
        });
        engines.started(fastEngine(store, clock, rejecting).backoff(BACKOFF).notifier(notifier));
        JobRequest request = job("email", T0, 5);
        store.schedule(request);

        Await.until("the job is dead and alerted", () -> status(store, request.id()) == JobStatus.DEAD
                && !notifier.sent().isEmpty());
        assertThat(find(store, request.id()).attempts()).isEqualTo(1);
        assertThat(notifier.sent()).singleElement().satisfies(alert -> {
            assertThat(alert.attributes()).containsEntry("attempts", "1").containsEntry("type", "email");
            assertThat(alert.attributes().get("error")).contains("550 mailbox unavailable");
        });
    }

    @Test
    void aPermanentFailureWrappedInAnotherExceptionIsStillPermanent() {
        JobHandler rejecting = JobHandler.of("email", context -> {
            throw new IllegalStateException("send failed", new PermanentJobFailure("recipient rejected"));
        });
        engines.started(fastEngine(store, clock, rejecting).backoff(BACKOFF).notifier(notifier));
        JobRequest request = job("email", T0, 5);
        store.schedule(request);

        Await.until("the job is dead", () -> status(store, request.id()) == JobStatus.DEAD);
        assertThat(find(store, request.id()).attempts()).isEqualTo(1);
    }

    @Test
    void noHandlerFailureStopsTheEngineNotEvenAnError() {
        AtomicInteger completed = new AtomicInteger();
        JobHandler broken = JobHandler.of("broken", context -> {
            throw new AssertionError("a handler bug");
        });
        JobHandler fine = JobHandler.of("fine", context -> completed.incrementAndGet());
        engines.started(fastEngine(store, clock, broken, fine).backoff(BACKOFF).notifier(notifier));
        JobRequest bug = job("broken", T0, 3);
        store.schedule(bug);
        Await.until("the broken job failed", () -> status(store, bug.id()) == JobStatus.FAILED_WILL_RETRY);

        for (int i = 0; i < 3; i++) {
            store.schedule(job("fine", T0));
        }

        Await.until("the other jobs completed", () -> completed.get() == 3);
        assertThat(find(store, bug.id()).lastError()).contains("AssertionError", "a handler bug");
    }

    @Test
    void aTypeMayHaveItsOwnBackoff() {
        JobHandler failing = JobHandler.of("sync", context -> {
            throw new IllegalStateException("down");
        });
        engines.started(fastEngine(store, clock, failing).backoff(BACKOFF)
                .backoff("sync", Backoff.fixed(Duration.ofMinutes(7))).notifier(notifier));
        JobRequest request = job("sync", T0, 5);
        store.schedule(request);

        Await.until("the first attempt failed", () -> status(store, request.id()) == JobStatus.FAILED_WILL_RETRY);
        assertThat(find(store, request.id()).runAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
    }
}
