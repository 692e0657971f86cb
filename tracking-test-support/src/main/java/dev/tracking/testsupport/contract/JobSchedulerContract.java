package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobScheduler;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobScheduler} must do: store a job with its payload in the caller's unit of work (gone when it rolls
 * back), schedule a key only once while a job with it will still run, list and cancel waiting jobs by key prefix
 * (soonest first, then by id; prefixes are taken literally, {@code %} and {@code _} included).
 */
public abstract class JobSchedulerContract extends PersistenceContract {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:00:00Z");
    private static final Instant RUN_AT = Instant.parse("2025-03-17T13:00:00.123456Z");

    private JobScheduler scheduler() {
        return opened().jobScheduler();
    }

    private static JobRequest job(String key, Instant runAt) {
        return new JobRequest(UUID.randomUUID(), "reminder", Map.of("kind", "ISC_PAYMENT", "note", "Zoll – 東京"),
                runAt, key, JobRequest.DEFAULT_MAX_ATTEMPTS, CREATED);
    }

    @Test
    void aScheduledJobIsPendingWithItsPayload() {
        JobRequest job = job("contract:a:1", RUN_AT);

        assertThat(scheduler().schedule(job)).isTrue();

        assertThat(scheduler().pending("contract:a:")).containsExactly(new PlannedJob(job.id(), "reminder",
                job.payload(), RUN_AT, "contract:a:1", JobStatus.PENDING, 0));
    }

    @Test
    void aKeyIsScheduledOnceWhileItsJobWaits() {
        assertThat(scheduler().schedule(job("contract:a:1", RUN_AT))).isTrue();

        assertThat(scheduler().schedule(job("contract:a:1", RUN_AT.plusSeconds(60)))).isFalse();

        assertThat(scheduler().pending("contract:a:1")).extracting(PlannedJob::runAt).containsExactly(RUN_AT);
    }

    @Test
    void jobsWithoutAKeyAreNeverDuplicates() {
        assertThat(scheduler().schedule(job(null, RUN_AT))).isTrue();
        assertThat(scheduler().schedule(job(null, RUN_AT))).isTrue();
    }

    @Test
    void aCancelledKeyCanBeScheduledAgain() {
        scheduler().schedule(job("contract:a:1", RUN_AT));
        scheduler().cancel("contract:a:1");

        assertThat(scheduler().schedule(job("contract:a:1", RUN_AT))).isTrue();
        assertThat(scheduler().pending("contract:a:1")).hasSize(1);
    }

    @Test
    void pendingListsTheKeysWithThePrefixSoonestFirst() {
        JobRequest later = job("contract:a:LFD:2", RUN_AT.plusSeconds(3600));
        JobRequest sooner = job("contract:a:ISC:1", RUN_AT);
        JobRequest other = job("contract:b:ISC:1", RUN_AT.minusSeconds(60));
        scheduler().schedule(later);
        scheduler().schedule(sooner);
        scheduler().schedule(other);

        assertThat(scheduler().pending("contract:a:")).extracting(PlannedJob::id)
                .containsExactly(sooner.id(), later.id());
        assertThat(scheduler().pending("contract:")).extracting(PlannedJob::id)
                .containsExactly(other.id(), sooner.id(), later.id());
        assertThat(scheduler().pending("contract:c:")).isEmpty();
    }

    @Test
    void cancelCancelsTheWaitingJobsWithThePrefixOnly() {
        scheduler().schedule(job("contract:a:ISC:1", RUN_AT));
        scheduler().schedule(job("contract:a:ISC:2", RUN_AT.plusSeconds(60)));
        scheduler().schedule(job("contract:a:LFD:1", RUN_AT));

        assertThat(scheduler().cancel("contract:a:ISC:")).isEqualTo(2);

        assertThat(scheduler().pending("contract:a:")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("contract:a:LFD:1");
        assertThat(scheduler().cancel("contract:a:ISC:")).isZero();
    }

    @Test
    void prefixesAreLiteralNotPatterns() {
        scheduler().schedule(job("contract:a_b:1", RUN_AT));
        scheduler().schedule(job("contract:aXb:1", RUN_AT));
        scheduler().schedule(job("contract:100%:1", RUN_AT));
        scheduler().schedule(job("contract:1000:1", RUN_AT));

        assertThat(scheduler().pending("contract:a_b:")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("contract:a_b:1");
        assertThat(scheduler().cancel("contract:100%")).isEqualTo(1);
        assertThat(scheduler().pending("contract:1000")).hasSize(1);
    }

    @Test
    void aRolledBackUnitOfWorkLeavesNoJob() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            scheduler().schedule(job("contract:a:1", RUN_AT));
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(scheduler().pending("contract:")).isEmpty();
    }

    @Test
    void aRolledBackCancelKeepsTheJobs() {
        scheduler().schedule(job("contract:a:1", RUN_AT));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            scheduler().cancel("contract:a:");
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(scheduler().pending("contract:a:")).hasSize(1);
    }
}
