package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the job store meets the database, beyond what {@code JobStoreContract} asks: a claim locks its rows with
 * {@code FOR [NO KEY] UPDATE SKIP LOCKED} and opens all its attempts with one insert; a job another unit of work is
 * claiming or finishing is skipped by claimers and by the recovery of expired leases, never waited for; claimed jobs
 * come back exactly as stored (times cut to microseconds); a purge deletes the attempts in the database; pausing twice
 * and a refused retry cost no failed statement, so the caller's unit goes on; the job list's keyset holds a run time.
 */
abstract class JobStoreChecks {

    private static final Instant T0 = Instant.parse("2025-03-17T08:00:00.123456Z");
    private static final Set<String> TYPES = Set.of("email");

    abstract DatabaseUnderTest db();

    private final ExecutorService otherEngine = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;

    @BeforeEach
    void emptyDatabase() {
        ports = db().emptyPorts();
    }

    @AfterEach
    void stopOtherEngine() {
        otherEngine.shutdownNow();
    }

    private JobStore store() {
        return ports.jobStore();
    }

    @Test
    void aClaimLocksItsRowsSkippingLockedOnesThenUpdatesThemAndOpensTheirAttemptsInOneStatementEach() {
        for (int i = 0; i < 5; i++) {
            given(T0.minusSeconds(i), null);
        }
        db().jdbc().clear();

        assertThat(claim("node-a", T0, 5)).hasSize(5);

        List<String> statements = db().jdbc().executions().stream()
                .map(e -> e.sql().toLowerCase(Locale.ROOT))
                .toList();
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).startsWith("select").contains("from scheduled_jobs")
                .contains("not in (select").contains("job_type_pauses")
                .containsPattern("for (no key )?update( of \\w+)? skip locked$");
        assertThat(statements.get(1)).startsWith("update scheduled_jobs").contains(" in (");
        assertThat(statements.get(2)).startsWith("insert into scheduled_job_attempts").contains("select");
        assertThat(db().jdbc().executions()).noneMatch(Execution::batched);
    }

    @Test
    void aJobAnotherUnitIsClaimingIsSkippedNotWaitedFor() throws Exception {
        UUID sooner = given(T0.minusSeconds(20), null);
        UUID later = given(T0.minusSeconds(10), null);

        List<Job> claimedMeanwhile = ports.transactions().inTransaction(() -> {
            assertThat(claim("node-a", T0, 1)).extracting(Job::id).containsExactly(sooner);
            try {
                return otherEngine.submit(() -> claim("node-b", T0, 10)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other engine waited for the claimed row", e);
            }
        });

        assertThat(claimedMeanwhile).extracting(Job::id).containsExactly(later);
        assertThat(job(sooner).leaseOwner()).isEqualTo("node-a");
        assertThat(job(later).leaseOwner()).isEqualTo("node-b");
    }

    @Test
    void aJobItsOwnerIsFinishingIsLeftToItByTheRecoveryOfExpiredLeases() throws Exception {
        UUID id = given(T0, null);
        claim("node-a", T0, 1);

        List<Job> recoveredMeanwhile = ports.transactions().inTransaction(() -> {
            assertThat(store().complete("node-a", List.of(id), T0.plusSeconds(90))).isEqualTo(1);
            try {
                return otherEngine.submit(() -> store().recoverExpiredLeases(T0.plusSeconds(120)))
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the recovery waited for the owner's row", e);
            }
        });

        assertThat(recoveredMeanwhile).isEmpty();
        assertThat(job(id).status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(store().attempts(id)).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(JobAttempt.Outcome.COMPLETED));
    }

    @Test
    void claimedJobsComeBackAsStoredWithTheirTimesCutToMicroseconds() {
        UUID id = given(T0, null);
        Instant now = T0.plusNanos(999);
        Instant leaseUntil = T0.plusSeconds(60).plusNanos(999);

        List<Job> claimed = store().claimDue(new JobClaim("node-a", now, leaseUntil, 1, TYPES));

        assertThat(claimed).singleElement().satisfies(j -> {
            assertThat(j.leaseExpiresAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(j.updatedAt()).isEqualTo(T0);
        });
        assertThat(job(id)).isEqualTo(claimed.get(0));
        assertThat(store().attempts(id)).singleElement().satisfies(a -> assertThat(a.startedAt()).isEqualTo(T0));
    }

    @Test
    void aFailureWithoutAnErrorTextIsRecordedToo() {
        UUID id = given(T0, null);
        claim("node-a", T0, 1);

        assertThat(store().fail("node-a", id, null, T0.plusSeconds(30), T0.plusSeconds(1))).isTrue();

        assertThat(job(id)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.FAILED_WILL_RETRY);
            assertThat(j.lastError()).isNull();
        });
        assertThat(store().attempts(id)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(JobAttempt.Outcome.FAILED);
            assertThat(a.error()).isNull();
            assertThat(a.finishedAt()).isEqualTo(T0.plusSeconds(1));
        });
    }

    @Test
    void aPurgeDeletesTheAttemptsOfItsJobsInTheDatabase() throws SQLException {
        UUID id = given(T0, null);
        claim("node-a", T0, 1);
        store().complete("node-a", List.of(id), T0.plusSeconds(1));
        assertThat(attemptRows(id)).isEqualTo(1);

        assertThat(store().purgeFinished(T0.plusSeconds(2))).isEqualTo(1);

        assertThat(attemptRows(id)).isZero();
    }

    @Test
    void pausingTwiceInOneUnitCostsNoFailedStatementAndTheFirstPauseStands() throws SQLException {
        ports.transactions().run(() -> {
            store().pause("report", T0);
            store().pause("report", T0.plusSeconds(60));
            ports.carriers().insert(TestData.carrier());
        });

        assertThat(store().pausedTypes()).containsExactly("report");
        assertThat(ports.carriers().findAll()).hasSize(1);
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT paused_at FROM job_type_pauses WHERE job_type = 'report'");
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(T0);
        }
    }

    @Test
    void aRefusedRetryCostsNoFailedStatementAndTheUnitGoesOn() {
        UUID cancelled = given(T0, "checks:again");
        store().cancel(cancelled, T0);
        UUID live = given(T0, "checks:again");

        ports.transactions().run(() -> {
            assertThat(catchThrowable(() -> store().retry(cancelled, T0.plusSeconds(1))))
                    .isInstanceOfSatisfying(DuplicateException.class, e -> {
                        assertThat(e.entity()).isEqualTo("job");
                        assertThat(e.field()).isEqualTo("idempotencyKey");
                        assertThat(e.value()).isEqualTo("checks:again");
                    });
            store().cancel(live, T0.plusSeconds(1));
            assertThat(store().retry(cancelled, T0.plusSeconds(1))).isTrue();
        });

        assertThat(job(cancelled).status()).isEqualTo(JobStatus.PENDING);
        assertThat(job(live).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void aRolledBackCompletionLeavesTheJobRunningAndItsAttemptOpen() {
        UUID id = given(T0, null);
        claim("node-a", T0, 1);

        assertThatThrownBy(() -> ports.transactions().run(() -> {
            store().complete("node-a", List.of(id), T0.plusSeconds(1));
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(job(id).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(store().attempts(id)).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(JobAttempt.Outcome.RUNNING));
    }

    @Test
    void theJobListsKeysetHoldsARunTime() {
        assertThatThrownBy(() -> store().list(JobCriteria.any(), new Keyset("2025-03-17", UUID.randomUUID()), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().list(JobCriteria.any(), new Keyset(null, UUID.randomUUID()), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().list(JobCriteria.any(), new Keyset(T0, UUID.randomUUID()), 0)).isEmpty();
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private UUID given(Instant runAt, String key) {
        UUID id = UUID.randomUUID();
        assertThat(store().schedule(new JobRequest(id, "email", Map.of("to", "ops@example.com"), runAt, key, 3,
                T0.minusSeconds(3600)))).isTrue();
        return id;
    }

    private List<Job> claim(String owner, Instant now, int limit) {
        return store().claimDue(new JobClaim(owner, now, now.plusSeconds(60), limit, TYPES));
    }

    private Job job(UUID id) {
        return store().find(id).orElseThrow();
    }

    private int attemptRows(UUID job) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM scheduled_job_attempts WHERE job_id = ?")) {
            statement.setObject(1, job);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
