package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With {@link JpaPersistence.Builder#schema} set, every statement names the schema, the native and JDBC ones (dedupe
 * key claims, the permission upserts, the audit chain head's re-creation, the jobs' inserts, the pauses of job types)
 * included.
 */
abstract class SchemaOptionChecks {

    abstract DatabaseUnderTest db();

    @Test
    void everyPortWorksWithAnExplicitSchema() {
        db().emptyPorts();
        try (JpaPersistence qualified = JpaPersistence.builder(db().rawDataSource())
                .schema(db().database().schema())
                .build()) {
            PersistencePorts ports = PersistencePorts.of(qualified);
            ports.carriers().insert(TestData.carrier());
            Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
            ShipmentRef subject = ShipmentRef.of(mawb.id());
            TrackingEvent event = TestData.eventBuilder(subject).dedupeKey("k").build();

            assertThat(ports.events().insertNew(List.of(event, event))).containsExactly(event);
            assertThat(ports.events().insertNew(List.of(event))).isEmpty();
            assertThat(ports.mawbs().list(MawbCriteria.any().withText("hydraulics"), MawbSort.NEWEST_FIRST, null,
                    10)).extracting(Mawb::id).containsExactly(mawb.id());
            assertThat(ports.events().findBySubjects(List.of(subject))).hasSize(1);

            ports.permissions().saveFeature("checks.alpha", "Alpha");
            ports.permissions().saveFeature("checks.alpha", "Alpha, described anew");
            ports.permissions().insertGrant(new RoleGrant("ops", "checks.alpha", TestData.NOW, "anna"));
            ports.permissions().saveOverride(new UserOverride("ben", "checks.alpha", OverrideEffect.DENY, null,
                    TestData.NOW, "anna"));
            ports.permissions().saveOverride(new UserOverride("ben", "checks.alpha", OverrideEffect.GRANT, null,
                    TestData.NOW, "anna"));
            assertThat(ports.permissions().featuresOfRoles(List.of("ops"))).containsExactly("checks.alpha");
            assertThat(ports.permissions().findOverride("ben", "checks.alpha")).map(UserOverride::effect)
                    .contains(OverrideEffect.GRANT);

            WorkflowDefinition definition = WorkflowAndJobChecks.definition("CHECKS_SOP", 1, "checks.alpha");
            ports.workflowDefinitions().insert(definition);
            assertThat(ports.workflowDefinitions().findLatest("CHECKS_SOP")).contains(definition);
            MawbWorkflow started = ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition,
                    TestData.NOW));
            ports.mawbWorkflows().update(started.moveTo("LANDED", TestData.NOW.plusSeconds(60)));
            ports.mawbWorkflows().addTransition(new WorkflowTransition(mawb.id(), 1, null, "START",
                    TransitionTrigger.MANUAL, null, "anna", TestData.NOW));
            assertThat(ports.mawbWorkflows().findByMawb(mawb.id())).map(MawbWorkflow::currentStep)
                    .contains("LANDED");
            assertThat(ports.mawbWorkflows().findTransitions(mawb.id())).hasSize(1);

            JobRequest job = new JobRequest(UUID.randomUUID(), "reminder", Map.of("kind", "ISC"), TestData.NOW,
                    "checks:1", 5, TestData.NOW);
            assertThat(ports.jobScheduler().schedule(job)).isTrue();
            assertThat(ports.jobScheduler().schedule(job)).isFalse();
            assertThat(ports.jobScheduler().pending("checks:")).extracting(PlannedJob::id).containsExactly(job.id());
            assertThat(ports.jobScheduler().cancel("checks:")).isEqualTo(1);
            ports.jobStore().pause("report", TestData.NOW);
            ports.jobStore().pause("report", TestData.NOW);
            assertThat(ports.jobStore().pausedTypes()).containsExactly("report");
            JobRequest due = new JobRequest(UUID.randomUUID(), "email", Map.of(), TestData.NOW, null, 3,
                    TestData.NOW);
            ports.jobStore().schedule(due);
            assertThat(ports.jobStore().claimDue(new JobClaim("node-a", TestData.NOW, TestData.NOW.plusSeconds(60),
                    5, Set.of("email", "report")))).extracting(Job::id).containsExactly(due.id());
            assertThat(ports.jobStore().complete("node-a", List.of(due.id()), TestData.NOW)).isEqualTo(1);
            assertThat(ports.jobStore().attempts(due.id())).hasSize(1);

            List<AuditEntry> appended = appendDrafts(ports, 2);
            deleteHeadRow();
            appended.addAll(appendDrafts(ports, 1));
            List<AuditEntry> streamed = new ArrayList<>();
            ports.transactions().run(() -> ports.auditLog().stream(AuditCriteria.any(), streamed::add));
            assertThat(streamed).containsExactlyElementsOf(appended);
            assertThat(ports.auditLog().find(AuditCriteria.any(), SortDirection.DESC, null, 1))
                    .containsExactly(appended.get(2));
        }
    }

    private static List<AuditEntry> appendDrafts(PersistencePorts ports, int count) {
        return ports.transactions().inTransaction(() -> {
            ChainHead head = ports.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(),
                    AuditStorageChecks.drafts(count, "anna"));
            ports.auditLog().append(linked);
            return new ArrayList<>(linked);
        });
    }

    private void deleteHeadRow() {
        try (Connection connection = db().rawDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM audit_chain_head");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
