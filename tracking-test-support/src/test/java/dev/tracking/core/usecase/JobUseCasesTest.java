package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.job.JobDetails;
import dev.tracking.core.port.in.job.JobStatistics;
import dev.tracking.core.port.in.job.ListJobsCommand;
import dev.tracking.core.port.out.JobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operating jobs through the use cases: lists, details with attempts, statistics, retry, cancel, pause. */
class JobUseCasesTest {

    private final PlatformFixture fixture = new PlatformFixture();
    private final JobStore store = fixture.ports.jobStore();

    private UUID given(String type, Instant runAt, int maxAttempts) {
        UUID id = UUID.randomUUID();
        store.schedule(new JobRequest(id, type, Map.of("to", "ops@example.com"), runAt, null, maxAttempts,
                fixture.now()));
        return id;
    }

    private UUID dead() {
        UUID id = given("email", fixture.now().minusSeconds(60), 1);
        store.claimDue(new JobClaim("node-a", fixture.now(), fixture.now().plusSeconds(60), 10, Set.of("email")));
        store.fail("node-a", id, "550 5.1.1 mailbox unknown", null, fixture.now());
        return id;
    }

    @Test
    void listPagesThroughTheJobsOfAFilterLatestFirst() {
        List<UUID> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(given("report", fixture.now().plusSeconds(i * 60L), 3));
        }
        given("cleanup", fixture.now(), 3);

        List<Job> all = new ArrayList<>();
        ListJobsCommand command = new ListJobsCommand(new JobCriteria(Set.of(JobStatus.PENDING), "report", null,
                null), PageRequest.first(2));
        Page<Job> page = fixture.platform.jobs().list(command);
        all.addAll(page.items());
        while (page.nextCursor() != null) {
            page = fixture.platform.jobs().list(command.withPage(command.page().next(page.nextCursor())));
            all.addAll(page.items());
        }

        assertThat(all).extracting(Job::id).containsExactly(reports.get(4), reports.get(3), reports.get(2),
                reports.get(1), reports.get(0));
    }

    @Test
    void aTimeWindowEndingBeforeItStartsIsRefused() {
        assertRejected(() -> new ListJobsCommand(new JobCriteria(Set.of(), null, fixture.now(), fixture.now()),
                null), "runAtTo");
    }

    @Test
    void getShowsEveryAttemptWithItsError() {
        UUID id = dead();

        JobDetails details = fixture.platform.jobs().get(id);

        assertThat(details.job().status()).isEqualTo(JobStatus.DEAD);
        assertThat(details.job().lastError()).contains("550");
        assertThat(details.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(JobAttempt.Outcome.FAILED);
            assertThat(a.owner()).isEqualTo("node-a");
            assertThat(a.error()).contains("mailbox unknown");
        });
        assertThatThrownBy(() -> fixture.platform.jobs().get(UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void statisticsCountEveryStatusAndTheLagOfTheOldestDueJob() {
        given("report", fixture.now().minus(Duration.ofMinutes(7)), 3);
        given("report", fixture.now().plus(Duration.ofMinutes(7)), 3);
        dead();

        JobStatistics statistics = fixture.platform.jobs().statistics();

        assertThat(statistics.countsByStatus()).hasSize(JobStatus.values().length)
                .containsEntry(JobStatus.DEAD, 1L).containsEntry(JobStatus.RUNNING, 0L);
        assertThat(statistics.countsByStatus().get(JobStatus.PENDING)).as("the two report jobs")
                .isEqualTo(2L);
        assertThat(statistics.oldestDueLag()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void retryRunsADeadJobAgainAndIsAudited() {
        UUID id = dead();

        Job retried = fixture.platform.jobs().retry(id);

        assertThat(retried.status()).isEqualTo(JobStatus.PENDING);
        assertThat(retried.runAt()).isEqualTo(fixture.now());
        assertThat(lastEntry()).satisfies(e -> {
            assertThat(e.entity()).isEqualTo("SCHEDULED_JOB");
            assertThat(e.recordId()).isEqualTo(id.toString());
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.changes()).containsKey("status");
        });
        assertRejected(() -> fixture.platform.jobs().retry(id), "status");
    }

    @Test
    void cancelCancelsAWaitingJobOnlyAndIsAudited() {
        UUID waiting = given("report", fixture.now().plusSeconds(600), 3);

        assertThat(fixture.platform.jobs().cancel(waiting).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(lastEntry().recordId()).isEqualTo(waiting.toString());
        assertRejected(() -> fixture.platform.jobs().cancel(dead()), "status");
    }

    @Test
    void pauseAndResumeAreAuditedOnceEach() {
        int before = entries().size();

        fixture.platform.jobs().pause("report");
        fixture.platform.jobs().pause("report");
        assertThat(fixture.platform.jobs().pausedTypes()).containsExactly("report");
        fixture.platform.jobs().resume("report");
        fixture.platform.jobs().resume("report");

        assertThat(fixture.platform.jobs().pausedTypes()).isEmpty();
        assertThat(entries().subList(before, entries().size())).extracting(AuditEntry::entity, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JOB_TYPE_PAUSE", AuditAction.INSERT),
                        org.assertj.core.groups.Tuple.tuple("JOB_TYPE_PAUSE", AuditAction.DELETE));
        assertRejected(() -> fixture.platform.jobs().pause(" "), "type");
    }

    private List<AuditEntry> entries() {
        return fixture.ports.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10_000);
    }

    private AuditEntry lastEntry() {
        List<AuditEntry> all = entries();
        return all.get(all.size() - 1);
    }
}
