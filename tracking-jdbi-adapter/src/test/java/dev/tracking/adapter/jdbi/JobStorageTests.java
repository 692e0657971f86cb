package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the job scheduler and job store contracts cannot see: the stored row, a taken key that leaves the caller's unit
 * of work usable (also for a retry that races another unit, and a repeated pause), running and retrying jobs, keys
 * held by another unit of work, claims that skip the jobs another unit holds, how an expired lease is recorded, and
 * how errors are cut.
 */
abstract class JobStorageTests {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:00:00.654321Z");
    private static final Instant RUN_AT = Instant.parse("2025-03-17T13:00:00.123456Z");

    private PersistencePorts ports;

    abstract PersistencePorts ports();

    abstract TestDatabase database();

    @BeforeEach
    void openPorts() {
        ports = ports();
    }

    private static JobRequest job(String key) {
        return job(UUID.randomUUID(), key, CREATED);
    }

    private static JobRequest job(UUID id, String key, Instant createdAt) {
        return new JobRequest(id, "reminder", Map.of("kind", "ISC_PAYMENT", "note", "Zoll – 東京"), RUN_AT, key, 3,
                createdAt);
    }

    @Test
    void aNewJobIsStoredPendingAndUntriedWithItsRequestsTimesAndAttempts() {
        JobRequest job = job("storage:1");

        ports.jobScheduler().schedule(job);

        Map<String, Object> row = row(job.id());
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("max_attempts", 3).containsEntry("job_type", "reminder")
                .containsEntry("idempotency_key", "storage:1").containsEntry("live_idempotency_key", "storage:1")
                .containsEntry("run_at", RUN_AT).containsEntry("created_at", CREATED)
                .containsEntry("updated_at", CREATED);
        JsonNode payload = JsonMapper.builder().build().readTree((String) row.get("payload"));
        assertThat(payload.isObject()).as("the payload is a JSON object").isTrue();
        assertThat(payload.get("note").stringValue()).isEqualTo("Zoll – 東京");
        assertThat(payload.get("kind").stringValue()).isEqualTo("ISC_PAYMENT");
    }

    @Test
    void aTakenKeyAnswersFalseAndLeavesTheUnitOfWorkUsable() {
        JobRequest first = job("storage:1");
        JobRequest later = job("storage:2");

        boolean[] scheduled = ports.transactions().inTransaction(() -> {
            boolean a = ports.jobScheduler().schedule(first);
            boolean b = ports.jobScheduler().schedule(job("storage:1"));
            ports.carriers().insert(TestData.carrier());
            boolean c = ports.jobScheduler().schedule(later);
            return new boolean[] {a, b, c};
        });

        assertThat(scheduled).containsExactly(true, false, true);
        assertThat(ports.carriers().findAll()).hasSize(1);
        assertThat(ports.jobScheduler().pending("storage:")).extracting(PlannedJob::id)
                .containsExactlyInAnyOrder(first.id(), later.id());
    }

    @Test
    void aTakenIdIsADuplicate() {
        JobRequest job = job("storage:1");
        ports.jobScheduler().schedule(job);

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> ports.jobScheduler().schedule(job(job.id(), "storage:2", CREATED)));

        assertThat(duplicate).isNotNull();
        assertThat(duplicate.entity()).isEqualTo("job");
        assertThat(duplicate.field()).isEqualTo("id");
        assertThat(duplicate.value()).isEqualTo(job.id().toString());
    }

    @Test
    void aRunningJobKeepsItsKeyButIsNeitherListedNorCancelled() {
        JobRequest job = job("storage:1");
        ports.jobScheduler().schedule(job);
        update("UPDATE scheduled_jobs SET status = 'RUNNING', attempts = 1 WHERE id = ?", job.id());

        assertThat(ports.jobScheduler().schedule(job("storage:1"))).as("a running job's key is live").isFalse();
        assertThat(ports.jobScheduler().pending("storage:")).isEmpty();
        assertThat(ports.jobScheduler().cancel("storage:")).isZero();
        assertThat(row(job.id())).containsEntry("status", "RUNNING");
    }

    @Test
    void aJobWaitingToRetryIsListedAndCancelled() {
        JobRequest job = job("storage:1");
        ports.jobScheduler().schedule(job);
        update("UPDATE scheduled_jobs SET status = 'FAILED_WILL_RETRY', attempts = 2 WHERE id = ?", job.id());

        assertThat(ports.jobScheduler().pending("storage:")).extracting(PlannedJob::status, PlannedJob::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JobStatus.FAILED_WILL_RETRY, 2));
        assertThat(ports.jobScheduler().cancel("storage:")).isEqualTo(1);
        assertThat(row(job.id())).containsEntry("status", "CANCELLED").containsEntry("live_idempotency_key", null);
    }

    @Test
    void cancellingMovesUpdatedAtToTheDatabasesTimeButNeverBack() {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        Instant future = Instant.parse("2999-01-01T00:00:00Z");
        JobRequest old = job(UUID.randomUUID(), "storage:old", past);
        JobRequest ahead = job(UUID.randomUUID(), "storage:ahead", future);
        ports.jobScheduler().schedule(old);
        ports.jobScheduler().schedule(ahead);

        assertThat(ports.jobScheduler().cancel("storage:")).isEqualTo(2);

        assertThat((Instant) row(old.id()).get("updated_at")).isAfter(past);
        assertThat(row(ahead.id())).containsEntry("updated_at", future).containsEntry("status", "CANCELLED");
    }

    @Test
    void theEscapeCharacterAndBackslashesInAPrefixAreLiteral() {
        ports.jobScheduler().schedule(job("esc:a\\%:1"));
        ports.jobScheduler().schedule(job("esc:a\\x:1"));
        ports.jobScheduler().schedule(job("esc:a!:1"));
        ports.jobScheduler().schedule(job("esc:ab:1"));

        assertThat(ports.jobScheduler().pending("esc:a\\%")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("esc:a\\%:1");
        assertThat(ports.jobScheduler().pending("esc:a!")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("esc:a!:1");
        assertThat(ports.jobScheduler().pending("esc:a\\")).extracting(PlannedJob::idempotencyKey)
                .containsExactlyInAnyOrder("esc:a\\%:1", "esc:a\\x:1");
        assertThat(ports.jobScheduler().cancel("esc:a!")).isEqualTo(1);
    }

    @Test
    void aKeyHeldByAnotherUnitIsNotScheduledOnceThatUnitCommits() throws Exception {
        assertKeyHeldByAnotherUnit(true);
    }

    @Test
    void aKeyHeldByAnotherUnitIsScheduledWhenThatUnitRollsBack() throws Exception {
        assertKeyHeldByAnotherUnit(false);
    }

    /**
     * One unit schedules a key and waits; meanwhile another unit schedules the same key (it cannot see the first
     * job yet, so it must wait for the database) and then a fresh one. Then the first unit commits or rolls back.
     */
    private void assertKeyHeldByAnotherUnit(boolean commit) throws Exception {
        JobRequest held = job("held:1");
        JobRequest sameKey = job("held:1");
        JobRequest fresh = job("held:2");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> ports.transactions().run(() -> {
                ports.jobScheduler().schedule(held);
                holding.countDown();
                await(finish);
                if (!commit) {
                    throw new IllegalStateException("roll back on purpose");
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> racer = pool.submit(() -> ports.transactions().inTransaction(() -> {
                boolean scheduled = ports.jobScheduler().schedule(sameKey);
                ports.jobScheduler().schedule(fresh);
                return scheduled;
            }));
            Thread.sleep(300);
            assertThat(racer).as("the racer waits for the key the holder has not committed yet").isNotDone();
            finish.countDown();
            try {
                holder.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException expectedWhenRolledBack) {
                assertThat(commit).isFalse();
            }

            assertThat(racer.get(30, TimeUnit.SECONDS)).isEqualTo(!commit);
            assertThat(ports.jobScheduler().pending("held:")).extracting(PlannedJob::id)
                    .containsExactlyInAnyOrder(commit ? held.id() : sameKey.id(), fresh.id());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimTakesTheNextDueJobsInPlaceOfThoseAnotherUnitHolds() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            ports.jobScheduler().schedule(new JobRequest(id, "sweep", Map.of(), RUN_AT.minusSeconds(60 - i), null, 3,
                    CREATED));
            ids.add(id);
        }
        try (Connection other = database().dataSource().getConnection();
                PreparedStatement lock = other.prepareStatement(
                        "SELECT id FROM scheduled_jobs WHERE id = ? OR id = ? FOR UPDATE")) {
            other.setAutoCommit(false);
            lock.setObject(1, ids.get(0));
            lock.setObject(2, ids.get(1));
            lock.executeQuery().close();

            List<Job> claimed = ports.jobStore().claimDue(new JobClaim("node-a", RUN_AT, RUN_AT.plusSeconds(60), 3,
                    Set.of("sweep")));

            assertThat(claimed).as("the soonest due jobs but the two another unit holds")
                    .extracting(Job::id).containsExactly(ids.get(2), ids.get(3), ids.get(4));
            other.rollback();
        }
    }

    @Test
    void aRepeatedPauseLeavesTheUnitOfWorkUsable() {
        ports.transactions().run(() -> {
            ports.jobStore().pause("report", CREATED);
            ports.jobStore().pause("report", RUN_AT);
            ports.carriers().insert(TestData.carrier());
        });

        assertThat(ports.jobStore().pausedTypes()).containsExactly("report");
        assertThat(ports.carriers().findAll()).hasSize(1);
    }

    @Test
    void aRetryWhoseKeyAnotherUnitTakesMeanwhileIsADuplicateAndLeavesTheUnitOfWorkUsable() throws Exception {
        JobRequest cancelled = job("race:1");
        ports.jobStore().schedule(cancelled);
        ports.jobStore().cancel(cancelled.id(), RUN_AT);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> ports.transactions().run(() -> {
                ports.jobStore().schedule(job("race:1"));
                holding.countDown();
                await(finish);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> racer = pool.submit(() -> ports.transactions().inTransaction(() -> {
                Throwable refused = catchThrowableOfType(DuplicateException.class,
                        () -> ports.jobStore().retry(cancelled.id(), RUN_AT));
                ports.carriers().insert(TestData.carrier());
                return refused;
            }));
            Thread.sleep(300);
            assertThat(racer).as("the retry waits for the key the holder has not committed yet").isNotDone();
            finish.countDown();
            holder.get(30, TimeUnit.SECONDS);

            assertThat(racer.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(DuplicateException.class,
                    d -> assertThat(d.field()).isEqualTo("idempotencyKey"));
            assertThat(ports.carriers().findAll()).as("the racer's unit went on and committed").hasSize(1);
            assertThat(row(cancelled.id())).containsEntry("status", "CANCELLED");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredLeaseIsRecordedWithItsOwnerAndWhenItExpired() {
        JobRequest job = job("lease:1");
        ports.jobStore().schedule(job);
        Instant leaseUntil = RUN_AT.plusSeconds(60);
        ports.jobStore().claimDue(new JobClaim("node-a", RUN_AT, leaseUntil, 1, Set.of("reminder")));

        assertThat(ports.jobStore().recoverExpiredLeases(leaseUntil.plusNanos(1_000))).singleElement()
                .satisfies(j -> assertThat(j).isEqualTo(ports.jobStore().find(job.id()).orElseThrow()));

        String error = "lease of node-a expired at " + leaseUntil;
        assertThat(ports.jobStore().find(job.id()).orElseThrow().lastError()).isEqualTo(error);
        assertThat(ports.jobStore().attempts(job.id())).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(JobAttempt.Outcome.LEASE_EXPIRED);
            assertThat(a.error()).isEqualTo(error);
            assertThat(a.finishedAt()).isEqualTo(leaseUntil.plusNanos(1_000));
        });
        assertThat(ports.jobStore().recoverExpiredLeases(leaseUntil.plusSeconds(1))).as("taken back once").isEmpty();
    }

    @Test
    void anErrorIsCutToTheColumnsWidthButNeverInsideACharacter() {
        JobRequest job = job("cut:1");
        ports.jobStore().schedule(job);
        JobClaim claim = new JobClaim("node-a", RUN_AT, RUN_AT.plusSeconds(60), 1, Set.of("reminder"));
        String truck = "\uD83D\uDE9A";

        ports.jobStore().claimDue(claim);
        assertThat(ports.jobStore().fail("node-a", job.id(), "x".repeat(3999) + truck + "!", RUN_AT, RUN_AT))
                .isTrue();
        ports.jobStore().claimDue(claim);
        assertThat(ports.jobStore().fail("node-a", job.id(), "x".repeat(3998) + truck + "!", null, RUN_AT)).isTrue();

        assertThat(ports.jobStore().attempts(job.id())).extracting(JobAttempt::error).containsExactly(
                "x".repeat(3999), "x".repeat(3998) + truck);
        assertThat(ports.jobStore().find(job.id()).orElseThrow().lastError()).isEqualTo("x".repeat(3998) + truck);
    }

    /** A job's row as the database holds it, times as instants. */
    private Map<String, Object> row(UUID id) {
        String query = """
                SELECT job_type, CAST(payload AS VARCHAR(4000)) AS payload, run_at, status, attempts, max_attempts,
                       idempotency_key, live_idempotency_key, created_at, updated_at
                FROM scheduled_jobs WHERE id = ?
                """;
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("a row for job " + id).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : new String[] {"job_type", "payload", "status", "idempotency_key",
                        "live_idempotency_key"}) {
                    row.put(column, rs.getString(column));
                }
                row.put("attempts", rs.getInt("attempts"));
                row.put("max_attempts", rs.getInt("max_attempts"));
                for (String column : new String[] {"run_at", "created_at", "updated_at"}) {
                    row.put(column, rs.getObject(column, OffsetDateTime.class).toInstant());
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, UUID id) {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
