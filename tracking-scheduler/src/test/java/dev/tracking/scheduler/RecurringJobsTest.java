package dev.tracking.scheduler;

import static dev.tracking.scheduler.TestJobs.fastEngine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.testsupport.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recurring jobs registered by several instances: one job per occurrence, and the next after each. */
class RecurringJobsTest {

    private final TestJobs engines = new TestJobs();
    private final WatchedJobStore store = new WatchedJobStore(TestJobs.inMemoryStore());
    private final Map<Instant, AtomicInteger> runsPerOccurrence = new ConcurrentHashMap<>();

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void threeInstancesRegisteringAnHourlyJobMakeOneJobPerOccurrenceAndTheNextAfterEach() {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-14T09:20:00Z"));
        RecurringJob digest = RecurringJob.of("digest", "digest", Schedule.fixedInterval(Duration.ofHours(1)));
        startThreeInstances(clock, digest);

        assertThat(waiting(digest)).extracting(PlannedJob::runAt, PlannedJob::idempotencyKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2025-03-14T10:00:00Z"),
                        "recurring:digest:2025-03-14T10:00:00Z"));

        for (String occurrence : List.of("2025-03-14T10:00:00Z", "2025-03-14T11:00:00Z", "2025-03-14T12:00:00Z")) {
            Instant at = Instant.parse(occurrence);
            clock.set(at);
            Instant next = at.plus(Duration.ofHours(1));
            Await.until("the occurrence at " + at + " completed and the next waits", () -> completed(digest, at)
                    && waiting(digest).stream().anyMatch(job -> job.runAt().equals(next)));
            store.awaitMoreClaims(10);
            assertThat(waiting(digest)).extracting(PlannedJob::runAt).containsExactly(next);
        }

        assertThat(runsPerOccurrence).hasSize(3).allSatisfy((occurrence, runs) -> assertThat(runs).hasValue(1));
        assertThat(all(digest)).hasSize(4);
    }

    @Test
    void aDailyJobAcrossTheSpringForwardNightRunsOncePerDayAtItsShiftedTime() {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-29T12:00:00Z"));
        RecurringJob nightly = RecurringJob.of("nightly", "nightly",
                Schedule.dailyAt(ZoneId.of("Europe/Berlin"), LocalTime.of(2, 30)));
        startThreeInstances(clock, nightly);

        Instant gapNight = Instant.parse("2025-03-30T01:30:00Z");   // 02:30 does not exist: 03:30 CEST
        assertThat(waiting(nightly)).extracting(PlannedJob::runAt).containsExactly(gapNight);

        clock.set(gapNight);
        Instant summerTime = Instant.parse("2025-03-31T00:30:00Z"); // 02:30 CEST
        Await.until("the gap night's occurrence completed and the next waits", () -> completed(nightly, gapNight)
                && !waiting(nightly).isEmpty());
        store.awaitMoreClaims(10);

        assertThat(waiting(nightly)).extracting(PlannedJob::runAt, PlannedJob::idempotencyKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(summerTime, "recurring:nightly:2025-03-31T00:30:00Z"));
        assertThat(runsPerOccurrence).containsOnlyKeys(gapNight);
        assertThat(runsPerOccurrence.get(gapNight)).hasValue(1);
    }

    @Test
    void theNextOccurrenceIsScheduledAfterADeadOne() {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-14T09:20:00Z"));
        RecurringJob failing = RecurringJob.of("failing", "failing", Schedule.fixedInterval(Duration.ofHours(1)));
        engines.started(fastEngine(store, clock, JobHandler.of("failing", context -> {
            throw new PermanentJobFailure("always");
        })).recurring(failing));
        Instant first = Instant.parse("2025-03-14T10:00:00Z");

        clock.set(first);

        Await.until("the occurrence is dead and the next waits", () -> all(failing).stream()
                .anyMatch(job -> job.runAt().equals(first) && job.status() == JobStatus.DEAD)
                && waiting(failing).stream().anyMatch(job -> job.runAt().equals(first.plusSeconds(3600))));
    }

    @Test
    void aChainBrokenByACancelledOccurrenceIsMendedAtTheNextPoll() {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-14T09:20:00Z"));
        RecurringJob digest = RecurringJob.of("digest", "digest", Schedule.fixedInterval(Duration.ofHours(1)));
        startThreeInstances(clock, digest);

        assertThat(store.cancel(digest.keyPrefix())).isEqualTo(1);

        Await.until("an occurrence waits again", () -> !waiting(digest).isEmpty());
        store.awaitMoreClaims(10);
        assertThat(waiting(digest)).extracting(PlannedJob::runAt)
                .containsExactly(Instant.parse("2025-03-14T10:00:00Z"));
    }

    private void startThreeInstances(SettableClock clock, RecurringJob job) {
        for (int i = 1; i <= 3; i++) {
            engines.started(fastEngine(store, clock, JobHandler.of(job.type(), context ->
                    runsPerOccurrence.computeIfAbsent(context.runAt(), at -> new AtomicInteger()).incrementAndGet()))
                    .instanceName("node-" + i).recurring(job));
        }
    }

    private List<PlannedJob> waiting(RecurringJob job) {
        return store.pending(job.keyPrefix());
    }

    private List<Job> all(RecurringJob job) {
        return store.list(JobCriteria.any(), null, 1000).stream()
                .filter(j -> j.idempotencyKey() != null && j.idempotencyKey().startsWith(job.keyPrefix()))
                .toList();
    }

    private boolean completed(RecurringJob job, Instant occurrence) {
        return all(job).stream().anyMatch(j -> j.runAt().equals(occurrence) && j.status() == JobStatus.COMPLETED);
    }
}
