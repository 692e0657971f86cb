package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many statements the adapter runs: lists load children per page, not per MAWB; claiming and settling jobs take a
 * fixed number of statements however many jobs they concern.
 */
abstract class StatementTests {

    private StatementSpy spy;
    private JdbiPersistence persistence;

    abstract TestDatabase database();

    @BeforeEach
    void spyOnAnEmptyDatabase() {
        database().truncateAll();
        spy = new StatementSpy(database().dataSource());
        persistence = JdbiPersistence.create(spy.dataSource());
        persistence.carriers().insert(TestData.carrier());
        for (int serial = 1; serial <= 12; serial++) {
            persistence.mawbs().insert(TestData.mawbBuilder(serial)
                    .equipment(TestData.uld(), TestData.container()).build());
        }
        spy.reset();
    }

    @Test
    void aPageOfMawbsTakesOneQueryPerTable() {
        List<Mawb> page = persistence.mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 10);

        assertThat(page).hasSize(10).allSatisfy(m -> {
            assertThat(m.details().flights()).hasSize(1);
            assertThat(m.details().equipment()).hasSize(2);
            assertThat(m.details().references()).hasSize(1);
        });
        assertThat(spy.executions()).as("the page, its flights, references and equipment").isEqualTo(4);
    }

    @Test
    void aMawbsListsAreWrittenInBatches() {
        persistence.mawbs().insert(TestData.mawbBuilder(99).equipment(TestData.uld(), TestData.container()).build());

        assertThat(spy.callsOf("insert into mawb_equipment")).extracting(StatementSpy.Call::method)
                .containsExactly("addBatch", "addBatch", "executeBatch");
    }

    @Test
    void claimingAndSettlingManyJobsTakesAFixedNumberOfStatements() {
        JobStore jobs = persistence.jobStore();
        Instant now = Instant.parse("2025-03-17T08:00:00.123456Z");
        for (int i = 0; i < 60; i++) {
            jobs.schedule(new JobRequest(UUID.randomUUID(), "email", Map.of("n", "" + i), now.minusSeconds(i), null,
                    3, now.minusSeconds(3600)));
        }
        boolean postgres = database().kind() == DatabaseKind.POSTGRESQL;
        spy.reset();

        List<Job> claimed = jobs.claimDue(new JobClaim("node-a", now, now.plusSeconds(60), 60, Set.of("email")));

        assertThat(claimed).hasSize(60);
        assertThat(spy.executions()).as("(choose,) lock, update and open the attempts").isEqualTo(postgres ? 1 : 4);
        List<UUID> ids = claimed.stream().map(Job::id).toList();
        assertExecutions(() -> assertThat(jobs.extendLeases("node-a", ids, now.plusSeconds(120))).hasSize(60), 1);
        assertExecutions(() -> assertThat(jobs.complete("node-a", ids.subList(0, 20), now)).isEqualTo(20),
                postgres ? 1 : 2);
        assertExecutions(() -> assertThat(jobs.release("node-a", ids.subList(20, 40), now)).isEqualTo(20),
                postgres ? 1 : 2);
        assertExecutions(() -> assertThat(jobs.recoverExpiredLeases(now.plusSeconds(121))).hasSize(20)
                .extracting(Job::id).containsExactlyInAnyOrderElementsOf(ids.subList(40, 60)), 4);
        assertThat(jobs.countByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(JobStatus.COMPLETED, 20L,
                JobStatus.PENDING, 20L, JobStatus.FAILED_WILL_RETRY, 20L));
    }

    /** Runs the work and asserts it executed {@code statements} statements (a batch counting once). */
    private void assertExecutions(Runnable work, int statements) {
        spy.reset();
        work.run();
        assertThat(spy.executions()).isEqualTo(statements);
    }
}
