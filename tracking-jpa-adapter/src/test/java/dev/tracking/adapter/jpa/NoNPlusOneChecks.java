package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.Reference;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads cost a constant number of statements, counted by Hibernate's statistics: a page of MAWBs is one query for the
 * page and one per child table (flights, references, equipment) for all its MAWBs, whatever the page size; the
 * features of several roles one query, of none no query; a page of audit entries, or a stream of them, one query; a
 * workflow definition with all its steps (one version or the latest) one query, and so are a MAWB's workflow moves and
 * the waiting jobs of a key prefix. Writes of many jobs cost a constant number too, whatever the number of jobs: a
 * claim three statements (the locking select, one update, one insert of all attempts), extending their leases one,
 * completing them two (the jobs, then their attempts), taking back their expired leases three (a locking select, one
 * JDBC batch of updates, one update of the attempts).
 */
abstract class NoNPlusOneChecks {

    private static final int MAWBS = 60;

    abstract DatabaseUnderTest db();

    private PersistencePorts ports;
    private List<Mawb> stored;

    @BeforeEach
    void givenMawbsWithTwoOfEveryList() {
        ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        stored = new ArrayList<>();
        for (int i = 1; i <= MAWBS; i++) {
            Mawb mawb = TestData.mawbBuilder(i)
                    .createdAt(TestData.NOW.plusSeconds(i))
                    .flights(TestData.flightLeg("LH430", "FRA", "LEJ", OffsetDateTime.parse("2025-03-15T06:00+01:00"),
                                    OffsetDateTime.parse("2025-03-15T07:00+01:00")),
                            TestData.flightLeg("LH8160", "LEJ", "ORD", OffsetDateTime.parse("2025-03-15T10:00+01:00"),
                                    OffsetDateTime.parse("2025-03-15T13:30-05:00")))
                    .equipment(TestData.container(), TestData.uld())
                    .references(new Reference("BOOKING", "B-" + i), new Reference("CUSTOMER_PO", "PO-" + i))
                    .build();
            Mawb inserted = ports.mawbs().insert(mawb);
            ports.hawbs().insert(TestData.hawb(inserted, "H" + i));
            stored.add(inserted);
        }
    }

    @ParameterizedTest(name = "a page of {0}")
    @ValueSource(ints = {1, 10, 50, MAWBS})
    void aPageOfMawbsCostsFourStatementsWhateverItsSize(int pageSize) {
        Statistics statistics = cleared();

        List<Mawb> page = ports.mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, pageSize);

        assertThat(page).hasSize(pageSize).allSatisfy(mawb -> {
            assertThat(mawb.details().flights()).hasSize(2);
            assertThat(mawb.details().references()).hasSize(2);
            assertThat(mawb.details().equipment()).hasSize(2);
        });
        assertThat(page.get(0).id()).isEqualTo(stored.get(MAWBS - 1).id());
        assertThat(statistics.getPrepareStatementCount()).as("statements for a page of %d", pageSize).isEqualTo(4);
        assertThat(statistics.getEntityLoadCount()).isEqualTo(pageSize * 7L);
    }

    @Test
    void aFilteredPageCostsNoMore() {
        Statistics statistics = cleared();

        List<Mawb> page = ports.mawbs().list(MawbCriteria.any().withStatuses(Set.of(ShipmentStatus.CREATED))
                .withDestination(AirportCode.of("ORD")), MawbSort.NEWEST_FIRST, null, 50);

        assertThat(page).hasSize(50);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(4);
    }

    @Test
    void aTextSearchThatMayMatchHawbNumbersCostsOneStatementMoreWhereAnIndexFindsThem() {
        MawbCriteria text = MawbCriteria.any().withText("h");
        ports.mawbs().list(text, MawbSort.NEWEST_FIRST, null, 1); // once asks whether the index is there
        Statistics statistics = cleared();

        List<Mawb> page = ports.mawbs().list(text, MawbSort.NEWEST_FIRST, null, 50);

        assertThat(page).hasSize(50);
        if (db().kind() == DatabaseKind.POSTGRESQL) {
            assertThat(statistics.getPrepareStatementCount()).as("the HAWBs by trigram index, the page, its lists")
                    .isEqualTo(5);
        } else {
            assertThat(statistics.getPrepareStatementCount()).as("the page, a HAWB per row, its lists").isEqualTo(4);
        }
    }

    @Test
    void oneMawbCostsFourStatements() {
        Statistics statistics = cleared();

        assertThat(ports.mawbs().findById(stored.get(7).id())).map(Mawb::id).contains(stored.get(7).id());

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(4);
    }

    @Test
    void aPageOfHawbsCostsOneStatement() {
        Statistics statistics = cleared();

        assertThat(ports.hawbs().list(HawbCriteria.any(), HawbSort.NEWEST_FIRST, null, 50)).hasSize(50);

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void aTimelineOfMawbsAndHawbsCostsOneStatementPerKind() {
        Mawb mawb = stored.get(0);
        ShipmentRef mawbRef = ShipmentRef.of(mawb.id());
        ShipmentRef hawbRef = ShipmentRef.of(ports.hawbs().findByMawb(mawb.id()).get(0).id());
        ports.events().insertNew(List.of(TestData.event(mawbRef, "DEP", OffsetDateTime.parse("2025-03-15T13:17+01:00")),
                TestData.event(hawbRef, "DEP", OffsetDateTime.parse("2025-03-15T13:17+01:00"))));
        Statistics statistics = cleared();

        assertThat(ports.events().findBySubjects(List.of(mawbRef, hawbRef))).hasSize(2);

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    @Test
    void theFeaturesOfSeveralRolesCostOneStatementAndOfNoRoleNone() {
        ports.permissions().saveFeature("checks.a", "A");
        ports.permissions().saveFeature("checks.b", "B");
        ports.permissions().insertGrant(new RoleGrant("role-1", "checks.a", TestData.NOW, "test"));
        ports.permissions().insertGrant(new RoleGrant("role-2", "checks.b", TestData.NOW, "test"));
        ports.permissions().insertGrant(new RoleGrant("role-3", "checks.a", TestData.NOW, "test"));
        Statistics statistics = cleared();

        assertThat(ports.permissions().featuresOfRoles(List.of("role-1", "role-2", "role-3", "role-4")))
                .containsExactlyInAnyOrder("checks.a", "checks.b");
        assertThat(statistics.getPrepareStatementCount()).as("for four roles").isEqualTo(1);

        statistics.clear();
        assertThat(ports.permissions().featuresOfRoles(List.of())).isEmpty();
        assertThat(statistics.getPrepareStatementCount()).as("for no role").isZero();

        statistics.clear();
        assertThat(ports.permissions().grants()).hasSize(3);
        assertThat(statistics.getPrepareStatementCount()).as("every grant").isEqualTo(1);
    }

    @Test
    void aPageOfAuditEntriesCostsOneStatementAndSoDoesAStream() {
        ports.transactions().run(() -> {
            ChainHead head = ports.auditLog().lockHead();
            ports.auditLog().append(AuditChain.link(head.seq(), head.hash(), AuditStorageChecks.drafts(30, "anna")));
        });
        Statistics statistics = cleared();

        assertThat(ports.auditLog().find(AuditCriteria.activityOf("anna"), SortDirection.DESC, 25L, 20)).hasSize(20);
        assertThat(statistics.getPrepareStatementCount()).as("a page").isEqualTo(1);

        statistics.clear();
        List<AuditEntry> streamed = new ArrayList<>();
        ports.transactions().run(() -> ports.auditLog().stream(AuditCriteria.any(), streamed::add));
        assertThat(streamed).hasSize(30);
        assertThat(statistics.getPrepareStatementCount()).as("a stream").isEqualTo(1);
    }

    @Test
    void aWorkflowDefinitionWithAllItsStepsCostsOneStatementAndSoDoesItsLatestVersion() {
        ports.permissions().saveFeature("checks.advance", "Advance");
        ports.workflowDefinitions().insert(WorkflowAndJobChecks.definition("CHECKS_SOP", 1, "checks.advance"));
        WorkflowDefinition latest = sopWithSteps("CHECKS_SOP", 2, 12);
        ports.workflowDefinitions().insert(latest);
        Statistics statistics = cleared();

        assertThat(ports.workflowDefinitions().find("CHECKS_SOP", 2)).contains(latest);
        assertThat(statistics.getPrepareStatementCount()).as("one version").isEqualTo(1);

        statistics.clear();
        assertThat(ports.workflowDefinitions().findLatest("CHECKS_SOP")).contains(latest);
        assertThat(statistics.getPrepareStatementCount()).as("the latest version").isEqualTo(1);
    }

    @Test
    void aMawbsMovesCostOneStatementAndSoDoWaitingJobs() {
        Mawb mawb = stored.get(0);
        for (int seq = 1; seq <= 5; seq++) {
            ports.mawbWorkflows().addTransition(new WorkflowTransition(mawb.id(), seq, seq == 1 ? null : "S" + seq,
                    "S" + (seq + 1), TransitionTrigger.MANUAL, null, "anna", TestData.NOW));
            ports.jobScheduler().schedule(new JobRequest(UUID.randomUUID(), "reminder", Map.of("n", "" + seq),
                    TestData.NOW.plusSeconds(seq), "checks:" + seq, 5, TestData.NOW));
        }
        Statistics statistics = cleared();

        assertThat(ports.mawbWorkflows().findTransitions(mawb.id())).hasSize(5);
        assertThat(statistics.getPrepareStatementCount()).as("every move").isEqualTo(1);

        statistics.clear();
        assertThat(ports.jobScheduler().pending("checks:")).hasSize(5);
        assertThat(statistics.getPrepareStatementCount()).as("every waiting job").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} jobs")
    @ValueSource(ints = {1, 10, 50})
    void claimingJobsCostsThreeStatementsWhateverTheirNumberAndSoOnForTheirLeasesAndEnds(int jobs) {
        givenDueJobs(jobs);
        Statistics statistics = cleared();

        List<Job> claimed = ports.jobStore().claimDue(new JobClaim("node-a", TestData.NOW,
                TestData.NOW.plusSeconds(60), jobs, Set.of("email")));

        assertThat(claimed).hasSize(jobs);
        assertThat(statistics.getPrepareStatementCount()).as("statements for a claim of %d", jobs).isEqualTo(3);

        List<UUID> ids = claimed.stream().map(Job::id).toList();
        statistics.clear();
        assertThat(ports.jobStore().extendLeases("node-a", ids, TestData.NOW.plusSeconds(120))).hasSize(jobs);
        assertThat(statistics.getPrepareStatementCount()).as("extending %d leases", jobs).isEqualTo(1);

        statistics.clear();
        assertThat(ports.jobStore().complete("node-a", ids, TestData.NOW.plusSeconds(5))).isEqualTo(jobs);
        assertThat(statistics.getPrepareStatementCount()).as("completing %d jobs", jobs).isEqualTo(2);
        assertThat(ports.jobStore().countByStatus()).containsEntry(JobStatus.COMPLETED, (long) jobs);
    }

    @ParameterizedTest(name = "{0} jobs")
    @ValueSource(ints = {1, 10, 50})
    void takingBackExpiredLeasesCostsThreeStatementsWhateverTheirNumber(int jobs) {
        givenDueJobs(jobs);
        ports.jobStore().claimDue(new JobClaim("node-a", TestData.NOW, TestData.NOW.plusSeconds(60), jobs,
                Set.of("email")));
        Statistics statistics = cleared();
        db().jdbc().clear();

        List<Job> recovered = ports.jobStore().recoverExpiredLeases(TestData.NOW.plusSeconds(61));

        assertThat(statistics.getPrepareStatementCount()).as("statements for %d expired leases", jobs).isEqualTo(3);
        assertThat(recovered).hasSize(jobs).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.FAILED_WILL_RETRY);
            assertThat(job.leaseOwner()).isNull();
        });
        assertThat(db().jdbc().executions()).filteredOn(Execution::batched).singleElement()
                .satisfies(batch -> assertThat(batch.rows()).as("the jobs' updates, in one batch").isEqualTo(jobs));
        assertThat(ports.jobStore().countByStatus()).containsEntry(JobStatus.FAILED_WILL_RETRY, (long) jobs);
    }

    private void givenDueJobs(int jobs) {
        for (int i = 0; i < jobs; i++) {
            ports.jobStore().schedule(new JobRequest(UUID.randomUUID(), "email", Map.of("n", "" + i),
                    TestData.NOW.minusSeconds(i), null, 3, TestData.NOW.minusSeconds(3600)));
        }
    }

    private static WorkflowDefinition sopWithSteps(String code, int version, int steps) {
        List<WorkflowStep> all = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            all.add(new WorkflowStep("STEP_" + i, "Step " + i, i * 10, Set.of("MAWB"),
                    Set.of(Condition.ARRIVAL_RECORDED), List.of(EntryAction.SEND_PRE_ALERT), "checks.advance",
                    Set.of(FsuCode.ARR), Applicability.ALWAYS));
        }
        return new WorkflowDefinition(code, version, all);
    }

    private Statistics cleared() {
        Statistics statistics = db().statistics();
        statistics.clear();
        return statistics;
    }
}
