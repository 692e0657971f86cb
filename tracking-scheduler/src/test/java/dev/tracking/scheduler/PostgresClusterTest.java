package dev.tracking.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one real PostgreSQL (embedded) with the Jdbi adapter's job store: every job runs exactly once
 * when all is well, and the jobs of an instance that dies run elsewhere once its lease expires.
 */
class PostgresClusterTest {

    private static final int JOBS = 20_000;

    private static TestDatabase database;
    private static JdbiPersistence persistence;

    private final TestJobs engines = new TestJobs();
    private final Clock clock = Clock.systemUTC();
    private JobStore store;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabase.create(DatabaseKind.POSTGRESQL);
        TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
        persistence = JdbiPersistence.create(database.dataSource());
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        database.truncateAll();
        store = persistence.jobStore();
    }

    @AfterEach
    void stopEngines() {
        engines.close();
    }

    @Test
    void threeInstancesRunTwentyThousandJobsEachExactlyOnce() throws Exception {
        scheduleInParallel(JOBS);
        Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perInstance = new ConcurrentHashMap<>();
        for (String name : List.of("node-1", "node-2", "node-3")) {
            AtomicInteger mine = perInstance.computeIfAbsent(name, n -> new AtomicInteger());
            engines.started(TrackingScheduler.create(store, JobHandler.of("bulk", context -> {
                runs.computeIfAbsent(context.jobId(), id -> new AtomicInteger()).incrementAndGet();
                mine.incrementAndGet();
            })).instanceName(name).threads(32).claimBatchSize(32).pollInterval(Duration.ofMillis(200))
                    .completionFlushInterval(Duration.ofMillis(50)).leaseDuration(Duration.ofSeconds(30))
                    .heartbeatInterval(Duration.ofSeconds(5)).clock(clock));
        }

        Await.until("every job ran", () -> runs.size() == JOBS, Duration.ofSeconds(90), Duration.ofMillis(20));
        Await.until("every job is recorded completed", () -> store.countByStatus().equals(
                Map.of(JobStatus.COMPLETED, (long) JOBS)), Duration.ofSeconds(30), Duration.ofMillis(100));
        engines.close();

        assertThat(runs).hasSize(JOBS);
        assertThat(runs.values()).as("no job ran twice").allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(store.countByStatus()).as("none lost, waiting or running")
                .isEqualTo(Map.of(JobStatus.COMPLETED, (long) JOBS));
        assertThat(perInstance).as("every instance took part").allSatisfy((name, count) ->
                assertThat(count.get()).as(name).isPositive());
        assertThat(perInstance.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(JOBS);
    }

    @Test
    void theJobsOfAnInstanceThatDiedRunElsewhereOnceItsLeaseExpired() {
        // ten heartbeats per lease: node-a keeps its leases even when a loaded machine delays its heartbeats a lot
        Duration lease = Duration.ofSeconds(2);
        List<String> startedOnA = new CopyOnWriteArrayList<>();
        Engine a = (Engine) engines.started(TrackingScheduler.create(store, JobHandler.of("slow", context -> {
            startedOnA.add(context.idempotencyKey());
            new CountDownLatch(1).await();
        })).instanceName("node-a").threads(4).leaseDuration(lease).heartbeatInterval(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(100)).clock(clock));
        List<JobRequest> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant now = clock.instant();
            jobs.add(new JobRequest(UUID.randomUUID(), "slow", Map.of("i", String.valueOf(i)), now.minusSeconds(10 - i),
                    "crash:" + i, 3, now));
        }
        jobs.forEach(store::schedule);
        Await.until("node-a runs four jobs", () -> startedOnA.size() == 4);
        List<String> heldByA = List.copyOf(startedOnA);
        Await.until("a heartbeat renewed node-a's leases", () -> jobs.stream().map(j -> find(j.id()))
                .filter(j -> j.status() == JobStatus.RUNNING)
                .allMatch(j -> j.leaseExpiresAt().isAfter(j.updatedAt().plus(lease))), Duration.ofSeconds(5),
                Duration.ofMillis(20));

        Map<String, Instant> leaseSeenBeforeCrash = new ConcurrentHashMap<>();
        jobs.stream().map(j -> find(j.id())).filter(j -> j.status() == JobStatus.RUNNING)
                .forEach(j -> leaseSeenBeforeCrash.put(j.idempotencyKey(), j.leaseExpiresAt()));
        assertThat(leaseSeenBeforeCrash).containsOnlyKeys(heldByA);

        a.crash();
        Map<String, Integer> attemptSeenOnB = new ConcurrentHashMap<>();
        engines.started(TrackingScheduler.create(store, JobHandler.of("slow", context ->
                attemptSeenOnB.put(context.idempotencyKey(), context.attempt())))
                .instanceName("node-b").threads(4).leaseDuration(lease).heartbeatInterval(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(100)).completionFlushInterval(Duration.ofMillis(20)).clock(clock));

        Await.until("every job completed", () -> jobs.stream()
                .allMatch(j -> find(j.id()).status() == JobStatus.COMPLETED), Duration.ofSeconds(20),
                Duration.ofMillis(50));

        assertThat(attemptSeenOnB).hasSize(6);
        for (JobRequest job : jobs) {
            String key = job.idempotencyKey();
            List<JobAttempt> attempts = store.attempts(job.id());
            if (heldByA.contains(key)) {
                assertThat(attemptSeenOnB).as("node-b sees the retry of %s", key).containsEntry(key, 2);
                assertThat(attempts).extracting(JobAttempt::owner, JobAttempt::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("node-a", JobAttempt.Outcome.LEASE_EXPIRED),
                        org.assertj.core.groups.Tuple.tuple("node-b", JobAttempt.Outcome.COMPLETED));
                assertThat(attempts.get(1).startedAt()).as("%s ran again only after node-a's lease expired", key)
                        .isAfter(leaseSeenBeforeCrash.get(key));
            } else {
                assertThat(attemptSeenOnB).containsEntry(key, 1);
                assertThat(attempts).extracting(JobAttempt::owner, JobAttempt::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("node-b", JobAttempt.Outcome.COMPLETED));
            }
        }
        assertThat(store.countByStatus()).isEqualTo(Map.of(JobStatus.COMPLETED, 6L));
    }

    @Test
    void aJobEnqueuedInAnOpenTransactionStartsSoonAfterTheCommitNotAtTheNextPoll() {
        WatchedJobStore watched = new WatchedJobStore(store);
        AtomicInteger runs = new AtomicInteger();
        TrackingScheduler engine = engines.started(TrackingScheduler.create(watched,
                JobHandler.of("email", context -> runs.incrementAndGet())).instanceName("node-1")
                .pollInterval(Duration.ofHours(1)).clock(clock));
        Await.until("the first poll happened", () -> watched.claims() >= 1);
        UUID id = UUID.randomUUID();

        long committed = persistence.transactions().inTransaction(() -> {
            engine.enqueue(new JobRequest(id, "email", Map.of(), clock.instant(), "tx:1", 3, clock.instant()));
            watched.awaitMoreClaims(1);
            return System.nanoTime();
        });
        assertThat(runs).as("the look before the commit found nothing").hasValue(0);

        Await.until("the job ran", () -> runs.get() == 1, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(5));
    }

    private Job find(UUID id) {
        return store.find(id).orElseThrow();
    }

    /** Schedules {@code count} due jobs from eight threads, each in units of work of 500 jobs. */
    private void scheduleInParallel(int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Instant now = clock.instant();
            List<Future<?>> batches = new ArrayList<>();
            for (int start = 0; start < count; start += 500) {
                int from = start;
                int to = Math.min(count, start + 500);
                batches.add(threads.submit(() -> persistence.transactions().run(() -> {
                    for (int i = from; i < to; i++) {
                        store.schedule(new JobRequest(UUID.randomUUID(), "bulk", Map.of("i", String.valueOf(i)),
                                now.minusMillis(count - i), null, 3, now));
                    }
                })));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(store.countByStatus()).isEqualTo(Map.of(JobStatus.PENDING, (long) count));
    }
}
