package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobAttempt.Outcome;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobStore} must do beyond scheduling ({@link JobSchedulerContract}): claim due jobs soonest first
 * for one owner at a time (never one job for two claimers, even at once), hold them with leases, record every attempt,
 * complete, fail into a retry or the dead jobs, give jobs back on shutdown, take back jobs whose lease expired, and
 * answer the management queries (list with filters and keyset pages, counts, the oldest due job, retry, cancel, purge,
 * paused types). Timestamps are kept to the microsecond.
 */
public abstract class JobStoreContract extends PersistenceContract {

    protected static final Instant T0 = Instant.parse("2025-03-17T08:00:00.123456Z");
    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";
    private static final Set<String> TYPES = Set.of("email", "reminder");

    private JobStore store() {
        return opened().jobStore();
    }

    /** Schedules a job of the type, due at {@code runAt}, with the attempts; returns its id. */
    protected final UUID given(String type, Instant runAt, int maxAttempts, String key) {
        UUID id = UUID.randomUUID();
        assertThat(store().schedule(new JobRequest(id, type, Map.of("n", type + runAt), runAt, key, maxAttempts,
                T0.minusSeconds(3600)))).isTrue();
        return id;
    }

    private UUID given(Instant runAt) {
        return given("email", runAt, 3, null);
    }

    private List<Job> claim(String owner, Instant now, int limit) {
        return store().claimDue(new JobClaim(owner, now, now.plusSeconds(60), limit, TYPES));
    }

    private Job job(UUID id) {
        return store().find(id).orElseThrow();
    }

    // ----------------------------------------------------------------------------------------------- claiming

    @Test
    void claimTakesDueWaitingJobsSoonestFirstAndHoldsThem() {
        UUID later = given(T0.minusSeconds(10));
        UUID sooner = given(T0.minusSeconds(20));
        given(T0.plusSeconds(1));

        List<Job> claimed = claim(NODE_A, T0, 10);

        assertThat(claimed).extracting(Job::id).containsExactly(sooner, later);
        assertThat(claimed.get(0)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(j.attempts()).isEqualTo(1);
            assertThat(j.leaseOwner()).isEqualTo(NODE_A);
            assertThat(j.leaseExpiresAt()).isEqualTo(micros(T0.plusSeconds(60)));
            assertThat(j.payload()).containsEntry("n", "email" + T0.minusSeconds(20));
        });
        assertThat(job(sooner)).isEqualTo(claimed.get(0));
        assertThat(store().attempts(sooner)).singleElement().isEqualTo(new JobAttempt(sooner, 1, NODE_A, micros(T0),
                null, Outcome.RUNNING, null));
        assertThat(claim(NODE_B, T0, 10)).as("held jobs are not claimed again").isEmpty();
    }

    @Test
    void claimTakesAtMostTheLimitOnlyOfTheGivenTypesAndNoneOfAPausedType() {
        for (int i = 0; i < 5; i++) {
            given(T0.minusSeconds(i));
        }
        given("report", T0.minusSeconds(100), 3, null);
        UUID reminder = given("reminder", T0.minusSeconds(200), 3, null);
        store().pause("reminder", T0);

        assertThat(claim(NODE_A, T0, 3)).hasSize(3).extracting(Job::type).containsOnly("email");
        assertThat(claim(NODE_A, T0, 10)).hasSize(2).extracting(Job::type).containsOnly("email");
        store().resume("reminder");
        assertThat(claim(NODE_A, T0, 10)).extracting(Job::id).containsExactly(reminder);
        assertThat(store().pausedTypes()).isEmpty();
    }

    @Test
    void concurrentClaimersNeverShareAJob() throws Exception {
        Set<UUID> all = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            all.add(given(T0.minusMillis(i)));
        }
        List<UUID> claimedIds = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String owner = "node-" + c;
                claimers.add(pool.submit(() -> {
                    List<Job> batch;
                    do {
                        batch = claim(owner, T0, 7);
                        batch.forEach(j -> claimedIds.add(j.id()));
                    } while (!batch.isEmpty());
                }));
            }
            for (Future<?> claimer : claimers) {
                claimer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimedIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aRunningJobsKeyIsStillTaken() {
        given("reminder", T0, 3, "contract:key");
        claim(NODE_A, T0, 1);

        assertThat(store().schedule(new JobRequest(UUID.randomUUID(), "reminder", Map.of(), T0, "contract:key", 3,
                T0))).isFalse();
    }

    // ----------------------------------------------------------------------------------------- leases, outcomes

    @Test
    void onlyTheOwnerExtendsCompletesOrFailsAJob() {
        UUID id = given(T0);
        claim(NODE_A, T0, 1);

        assertThat(store().extendLeases(NODE_B, List.of(id), T0.plusSeconds(600))).isEmpty();
        assertThat(store().extendLeases(NODE_A, List.of(id, UUID.randomUUID()), T0.plusSeconds(600)))
                .containsExactly(id);
        assertThat(job(id).leaseExpiresAt()).isEqualTo(micros(T0.plusSeconds(600)));
        assertThat(store().complete(NODE_B, List.of(id), T0)).isZero();
        assertThat(store().fail(NODE_B, id, "boom", null, T0)).isFalse();
        assertThat(job(id).status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void completeEndsTheJobAndItsAttempt() {
        UUID first = given(T0);
        UUID second = given(T0);
        claim(NODE_A, T0, 2);

        assertThat(store().complete(NODE_A, List.of(first, second), T0.plusSeconds(5))).isEqualTo(2);

        assertThat(job(first)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(j.leaseOwner()).isNull();
            assertThat(j.updatedAt()).isEqualTo(micros(T0.plusSeconds(5)));
        });
        assertThat(store().attempts(first)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(a.finishedAt()).isEqualTo(micros(T0.plusSeconds(5)));
        });
        assertThat(store().complete(NODE_A, List.of(first), T0.plusSeconds(6))).as("completed once").isZero();
    }

    @Test
    void aFailureWaitsToRetryAndTheLastOneIsDead() {
        UUID id = given(T0);
        claim(NODE_A, T0, 1);

        assertThat(store().fail(NODE_A, id, "SMTP 451 try later", T0.plusSeconds(30), T0.plusSeconds(1))).isTrue();
        assertThat(job(id)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.FAILED_WILL_RETRY);
            assertThat(j.runAt()).isEqualTo(micros(T0.plusSeconds(30)));
            assertThat(j.lastError()).isEqualTo("SMTP 451 try later");
            assertThat(j.leaseOwner()).isNull();
        });
        assertThat(claim(NODE_A, T0.plusSeconds(29), 1)).as("not due before its retry time").isEmpty();
        assertThat(claim(NODE_A, T0.plusSeconds(30), 1)).singleElement()
                .satisfies(j -> assertThat(j.attempts()).isEqualTo(2));

        assertThat(store().fail(NODE_A, id, "x".repeat(5000), null, T0.plusSeconds(31))).isTrue();

        assertThat(job(id).status()).isEqualTo(JobStatus.DEAD);
        assertThat(job(id).lastError()).as("errors are cut to 4000 characters").hasSize(4000);
        assertThat(store().attempts(id)).extracting(JobAttempt::attempt, JobAttempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Outcome.FAILED),
                org.assertj.core.groups.Tuple.tuple(2, Outcome.FAILED));
        assertThat(store().attempts(id).get(0).error()).isEqualTo("SMTP 451 try later");
    }

    @Test
    void releaseGivesJobsBackWithoutCountingTheAttempt() {
        UUID id = given(T0);
        claim(NODE_A, T0, 1);

        assertThat(store().release(NODE_A, List.of(id), T0.plusSeconds(2))).isEqualTo(1);

        assertThat(job(id)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.PENDING);
            assertThat(j.attempts()).isZero();
            assertThat(j.leaseOwner()).isNull();
        });
        assertThat(store().attempts(id)).singleElement().satisfies(a -> assertThat(a.outcome())
                .isEqualTo(Outcome.RELEASED));
        assertThat(claim(NODE_B, T0.plusSeconds(2), 1)).singleElement()
                .satisfies(j -> assertThat(j.attempts()).isEqualTo(1));
    }

    @Test
    void jobsWhoseLeaseExpiredAreTakenBackAndTheOldOwnerCannotFinishThem() {
        UUID expiring = given("email", T0, 3, null);
        UUID lastAttempt = given("email", T0, 1, null);
        claim(NODE_A, T0, 2);
        UUID fresh = given(T0.plusSeconds(30));
        claim(NODE_B, T0.plusSeconds(30), 1);

        List<Job> recovered = store().recoverExpiredLeases(T0.plusSeconds(61));

        assertThat(recovered).extracting(Job::id).containsExactlyInAnyOrder(expiring, lastAttempt);
        assertThat(recovered).as("returned as they are now").allSatisfy(j -> assertThat(j).isEqualTo(job(j.id())));
        assertThat(store().recoverExpiredLeases(T0.plusSeconds(61))).as("taken back once").isEmpty();

        assertThat(job(expiring)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.FAILED_WILL_RETRY);
            assertThat(j.runAt()).isEqualTo(micros(T0.plusSeconds(61)));
            assertThat(j.lastError()).contains(NODE_A);
        });
        assertThat(job(lastAttempt).status()).isEqualTo(JobStatus.DEAD);
        assertThat(job(fresh).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(store().attempts(expiring)).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.LEASE_EXPIRED));
        assertThat(claim(NODE_B, T0.plusSeconds(61), 5)).extracting(Job::id).containsExactly(expiring);
        assertThat(store().complete(NODE_A, List.of(expiring), T0.plusSeconds(62))).isZero();
        assertThat(store().complete(NODE_B, List.of(expiring), T0.plusSeconds(62))).isEqualTo(1);
    }

    // --------------------------------------------------------------------------------------------- management

    @Test
    void listFiltersByStatusTypeAndRunTimeLatestFirstAcrossPages() {
        List<UUID> emails = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            emails.add(given("email", T0.plusSeconds(i * 60L), 3, null));
        }
        given("reminder", T0.plusSeconds(90), 3, null);
        UUID running = emails.get(0);
        store().claimDue(new JobClaim(NODE_A, T0, T0.plusSeconds(60), 1, Set.of("email")));

        List<Job> waitingEmails = walkPages((after, limit) -> store().list(new JobCriteria(
                Set.of(JobStatus.PENDING), "email", null, null), after, limit),
                j -> new Keyset(j.runAt(), j.id()), SMALL_PAGE);

        List<UUID> latestFirst = new ArrayList<>(emails.subList(1, 7));
        Collections.reverse(latestFirst);
        assertThat(waitingEmails).extracting(Job::id).containsExactlyElementsOf(latestFirst);
        assertThat(store().list(new JobCriteria(Set.of(), null, T0.plusSeconds(60), T0.plusSeconds(120)), null, 10))
                .extracting(Job::runAt).containsExactly(micros(T0.plusSeconds(90)), micros(T0.plusSeconds(60)));
        assertThat(store().list(new JobCriteria(Set.of(JobStatus.RUNNING, JobStatus.DEAD), null, null, null), null,
                10)).extracting(Job::id).containsExactly(running);
    }

    @Test
    void countsByStatusAndTheOldestDueJob() {
        given(T0.minusSeconds(300));
        UUID running = given(T0.minusSeconds(600));
        given(T0.plusSeconds(300));
        claim(NODE_A, T0.minusSeconds(550), 1);

        assertThat(store().countByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                JobStatus.PENDING, 2L, JobStatus.RUNNING, 1L));
        assertThat(store().oldestDue(T0)).contains(micros(T0.minusSeconds(300)));
        assertThat(store().oldestDue(T0.minusSeconds(400))).isEmpty();
        assertThat(job(running).status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void retryRunsADeadJobAgainNowWithOneMoreAttempt() {
        UUID id = given("email", T0, 1, "contract:dead");
        claim(NODE_A, T0, 1);
        store().fail(NODE_A, id, "550 no such user", null, T0);

        assertThat(store().retry(id, T0.plusSeconds(3600))).isTrue();

        assertThat(job(id)).satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobStatus.PENDING);
            assertThat(j.runAt()).isEqualTo(micros(T0.plusSeconds(3600)));
            assertThat(j.maxAttempts()).isEqualTo(2);
            assertThat(j.attempts()).isEqualTo(1);
        });
        assertThat(store().retry(id, T0.plusSeconds(3600))).as("waiting already").isFalse();
        assertThat(claim(NODE_A, T0.plusSeconds(3600), 1)).singleElement()
                .satisfies(j -> assertThat(j.isLastAttempt()).isTrue());
        assertThat(store().retry(UUID.randomUUID(), T0)).isFalse();
    }

    @Test
    void retryOfAJobWhoseKeyIsTakenAgainIsADuplicate() {
        UUID id = given("email", T0, 1, "contract:again");
        store().cancel(id, T0);
        given("email", T0, 1, "contract:again");

        assertThatThrownBy(() -> store().retry(id, T0)).isInstanceOf(DuplicateException.class);
        assertThat(job(id).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void cancelCancelsOnlyAWaitingJob() {
        UUID waiting = given(T0.plusSeconds(60));
        UUID running = given(T0);
        claim(NODE_A, T0, 1);

        assertThat(store().cancel(waiting, T0)).isTrue();
        assertThat(store().cancel(running, T0)).isFalse();
        assertThat(store().cancel(UUID.randomUUID(), T0)).isFalse();

        assertThat(job(waiting).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job(running).status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void purgeDeletesFinishedJobsAndTheirAttemptsLastChangedBeforeTheCutOff() {
        UUID old = given(T0);
        UUID recent = given(T0);
        UUID dead = given("email", T0, 1, null);
        UUID cancelled = given(T0.plusSeconds(60));
        claim(NODE_A, T0, 3);
        store().complete(NODE_A, List.of(old), T0.plusSeconds(10));
        store().complete(NODE_A, List.of(recent), T0.plusSeconds(1000));
        store().fail(NODE_A, dead, "gone", null, T0.plusSeconds(10));
        store().cancel(cancelled, T0.plusSeconds(10));

        assertThat(store().purgeFinished(T0.plusSeconds(500))).isEqualTo(2);

        assertThat(store().find(old)).isEmpty();
        assertThat(store().attempts(old)).isEmpty();
        assertThat(store().find(cancelled)).isEmpty();
        assertThat(store().find(recent)).isPresent();
        assertThat(store().find(dead)).as("dead jobs stay until someone looks at them").isPresent();
    }

    @Test
    void pausingTwiceKeepsOnePauseAndResumingAnUnpausedTypeDoesNothing() {
        store().pause("report", T0);
        store().pause("report", T0.plusSeconds(1));
        store().resume("email");

        assertThat(store().pausedTypes()).containsExactly("report");
    }

    @Test
    void aRolledBackClaimLeavesTheJobsWaiting() {
        UUID id = given(T0);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            claim(NODE_A, T0, 1);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(job(id).status()).isEqualTo(JobStatus.PENDING);
        assertThat(store().attempts(id)).isEmpty();
    }
}
