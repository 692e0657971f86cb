package dev.tracking.scheduler.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.scheduler.JobContext;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CleanupJobHandlerTest {

    private static final Instant NOW = Instant.parse("2025-03-31T23:30:00Z");

    private final JobStore jobs = InMemoryPersistence.create().jobStore();
    private final SettableClock clock = new SettableClock(NOW);
    private final RecordingStorage storage = new RecordingStorage();

    @Test
    void deletesFinishedJobsPastTheRetentionAndPreparesPartitionsButDropsNoEventsByDefault() {
        UUID old = completedJob(NOW.minus(Duration.ofDays(15)));
        UUID recent = completedJob(NOW.minus(Duration.ofDays(13)));
        UUID waiting = UUID.randomUUID();
        jobs.schedule(new JobRequest(waiting, "email", Map.of(), NOW.minus(Duration.ofDays(30)), null, 1,
                NOW.minus(Duration.ofDays(30))));
        CleanupJobHandler handler = CleanupJobHandler.builder(jobs, storage).clock(clock).build();

        handler.handle(context());

        assertThat(handler.type()).isEqualTo("cleanup");
        assertThat(jobs.find(old)).isEmpty();
        assertThat(jobs.find(recent)).isPresent();
        assertThat(jobs.find(waiting)).isPresent();
        assertThat(storage.calls).containsExactly("ensurePartitions 2025-03-31 3");
    }

    @Test
    void dropsEventPartitionsPastAConfiguredRetentionWithItsOwnSettings() {
        CleanupJobHandler handler = CleanupJobHandler.builder(jobs, storage).clock(clock)
                .eventRetention(Period.ofMonths(18)).partitionMonthsAhead(6)
                .finishedJobRetention(Duration.ofDays(1)).build();
        UUID twoDaysOld = completedJob(NOW.minus(Duration.ofDays(2)));

        handler.handle(context());

        assertThat(jobs.find(twoDaysOld)).isEmpty();
        assertThat(storage.calls).containsExactly("ensurePartitions 2025-03-31 6", "dropEventPartitionsBefore 2023-09-30");
    }

    @Test
    void refusesNonsense() {
        CleanupJobHandler.Builder builder = CleanupJobHandler.builder(jobs, StorageMaintenance.none());

        assertThatThrownBy(() -> builder.finishedJobRetention(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.partitionMonthsAhead(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.eventRetention(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CleanupJobHandler.builder(jobs, null)).isInstanceOf(NullPointerException.class);
        assertThat(CleanupJobHandler.DEFAULT_FINISHED_JOB_RETENTION).isEqualTo(Duration.ofDays(14));
        assertThat(CleanupJobHandler.DEFAULT_PARTITION_MONTHS_AHEAD).isEqualTo(3);
    }

    /** A job that completed at {@code at}. */
    private UUID completedJob(Instant at) {
        UUID id = UUID.randomUUID();
        jobs.schedule(new JobRequest(id, "email", Map.of(), at, null, 1, at));
        jobs.claimDue(new dev.tracking.core.domain.job.JobClaim("test", at, at.plusSeconds(60), 1, Set.of("email")));
        jobs.complete("test", List.of(id), at);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        return id;
    }

    private static JobContext context() {
        return new JobContext(UUID.randomUUID(), "cleanup", Map.of(), 1, 5, null, NOW);
    }

    private static final class RecordingStorage implements StorageMaintenance {

        final List<String> calls = new ArrayList<>();

        @Override
        public int ensurePartitions(LocalDate from, int monthsAhead) {
            calls.add("ensurePartitions " + from + " " + monthsAhead);
            return monthsAhead;
        }

        @Override
        public int dropEventPartitionsBefore(LocalDate olderThan) {
            calls.add("dropEventPartitionsBefore " + olderThan);
            return 1;
        }
    }
}
