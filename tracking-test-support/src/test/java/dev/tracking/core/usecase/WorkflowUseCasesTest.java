package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.assertDenied;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.UnmetRequirementsException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.domain.workflow.WorkflowStepEntered;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.reminder.ReminderOutcome;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.in.workflow.DefineWorkflowCommand;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The workflow use cases beyond what {@code WorkflowContract} runs on every adapter: versioned definitions, the
 * definition cache, permissions, bad input, and what a move writes to the audit log.
 */
class WorkflowUseCasesTest {

    private final PlatformFixture fixture = new PlatformFixture();

    @Test
    void aNewVersionIsUsedForNewMawbsWhileStartedOnesKeepTheirs() {
        fixture.registerLufthansa();
        Mawb before = fixture.createMawb(1);

        WorkflowDefinition v2 = fixture.platform.workflows().define(new DefineWorkflowCommand(
                DefaultWorkflows.US_AIR_IMPORT, List.of(step("RECEIVED", 10), step("DONE", 20))));
        Mawb after = fixture.createMawb(2);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(fixture.platform.workflows().status(before.id()).workflowVersion()).isEqualTo(1);
        assertThat(fixture.platform.workflows().status(before.id()).current().code()).isEqualTo("PRE_ALERT");
        WorkflowStatus status = fixture.platform.workflows().status(after.id());
        assertThat(status.workflowVersion()).isEqualTo(2);
        assertThat(status.current().code()).isEqualTo("RECEIVED");
        assertThat(fixture.platform.workflows().latestDefinition(DefaultWorkflows.US_AIR_IMPORT)).isEqualTo(v2);
        assertThat(fixture.platform.workflows().definition(DefaultWorkflows.US_AIR_IMPORT, 1))
                .isEqualTo(DefaultWorkflows.usAirImport());
    }

    @Test
    void definitionsAreReadOnceAndTheLatestIsForgottenWhenANewVersionIsDefined() {
        PersistencePorts ports = InMemoryPersistence.create();
        CountingDefinitions counting = new CountingDefinitions(ports.workflowDefinitions());
        PlatformFixture counted = new PlatformFixture(PlatformFixture.DEFAULT_NOW,
                ports.withWorkflowDefinitions(counting));
        counted.registerLufthansa();
        counting.reads.set(0);

        for (int serial = 1; serial <= 5; serial++) {
            Mawb mawb = counted.createMawb(serial);
            counted.platform.workflows().status(mawb.id());
        }
        assertThat(counting.reads).as("one read of the latest version for five MAWBs and five status queries")
                .hasValue(1);

        counted.platform.workflows().define(new DefineWorkflowCommand(DefaultWorkflows.US_AIR_IMPORT,
                List.of(step("RECEIVED", 10), step("DONE", 20))));
        Mawb next = counted.createMawb(6);

        assertThat(counted.platform.workflows().status(next.id()).workflowVersion()).isEqualTo(2);
    }

    @Test
    void aHostsStepNamesTheFeatureThatMayEnterIt() {
        fixture.registerLufthansa();
        fixture.ports.permissions().saveFeature("customs.broker", "Release from customs");
        fixture.platform.workflows().define(new DefineWorkflowCommand("BROKER", List.of(
                step("OPEN", 10), new WorkflowStep("RELEASED", "Released", 20, Set.of(), Set.of(), List.of(),
                        "customs.broker", Set.of(), Applicability.ALWAYS))));
        PlatformFixture broker = new PlatformFixture(PlatformFixture.DEFAULT_NOW, fixture.ports,
                b -> b.workflowCode("BROKER"));
        Mawb mawb = broker.createMawb(7);

        Throwable denied = catchThrowable(() -> broker.platform.workflows()
                .advance(new AdvanceWorkflowCommand(mawb.id(), "OPEN")));

        assertThat(denied).as("the admin role holds every platform feature, but not the host's")
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.feature()).isEqualTo("customs.broker"));
        broker.actAsUserWith("bianca", Feature.WORKFLOW_READ);
        fixture.ports.permissions().insertGrant(new RoleGrant("role-of-bianca", "customs.broker", fixture.now(),
                "system"));
        assertThat(broker.platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), "OPEN")).current()
                .code()).isEqualTo("RELEASED");
    }

    @Test
    void readingAWorkflowNeedsWorkflowRead() {
        fixture.registerLufthansa();
        Mawb mawb = fixture.createMawb(1);
        fixture.actAsUserWithout("vera", Feature.WORKFLOW_READ);

        assertDenied(() -> fixture.platform.workflows().status(mawb.id()), Feature.WORKFLOW_READ, "vera");
        assertDenied(() -> fixture.platform.workflows().latestDefinition(DefaultWorkflows.US_AIR_IMPORT),
                Feature.WORKFLOW_READ, "vera");
    }

    @Test
    void definingAWorkflowNeedsWorkflowAdmin() {
        fixture.actAsUserWithout("otto", Feature.WORKFLOW_ADMIN);

        assertDenied(() -> fixture.platform.workflows().define(new DefineWorkflowCommand("MINE",
                List.of(step("A", 1), step("B", 2)))), Feature.WORKFLOW_ADMIN, "otto");
    }

    @Test
    void badCommandsNameTheirFields() {
        assertRejected(() -> new AdvanceWorkflowCommand(null, " "), "mawbId", "expectedStep");
        assertRejected(() -> new DefineWorkflowCommand("lower case", List.of(step("A", 1), step("B", 2))), "code");
        assertRejected(() -> new DefineWorkflowCommand("MINE", List.of(step("A", 1))), "steps");
        assertRejected(() -> new DefineWorkflowCommand("MINE", List.of(step("A", 1), step("A", 2))), "steps");
        assertRejected(() -> new DefineWorkflowCommand("MINE", List.of(step("A", 1), new WorkflowStep("B", "B", 2,
                Set.of(), Set.of(), List.of(), "Not A Feature", Set.of(), Applicability.ALWAYS))),
                "steps[1].advanceFeature");
        assertRejected(() -> FireReminderCommand.fromPayload(Map.of("kind", "NAP", "mawbId", UUID.randomUUID()
                .toString(), "fireAt", "2025-03-17T13:00:00Z")), "kind");
        assertRejected(() -> FireReminderCommand.fromPayload(Map.of("kind", "PICKUP", "mawbId", "x",
                "fireAt", "2025-03-17T13:00:00Z")), "mawbId");
        assertRejected(() -> FireReminderCommand.fromPayload(Map.of("kind", "PICKUP", "mawbId", UUID.randomUUID()
                .toString(), "fireAt", "tomorrow")), "fireAt");
    }

    @Test
    void unknownMawbsAreNotFound() {
        MawbId unknown = new MawbId(UUID.randomUUID());

        assertThatThrownBy(() -> fixture.platform.workflows().status(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.platform.workflows().advance(new AdvanceWorkflowCommand(unknown, "PRE_ALERT")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.platform.workflows().definition("NOPE", 1))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.platform.reminders().fire(new FireReminderCommand(ReminderKind.PICKUP, unknown,
                Instant.parse("2025-03-17T13:00:00Z"))).result()).isEqualTo(ReminderOutcome.Result.SKIPPED);
    }

    @Test
    void theLastStepHasNothingToAdvanceTo() {
        fixture.registerLufthansa();
        fixture.platform.workflows().define(new DefineWorkflowCommand("SHORT", List.of(step("A", 1), step("B", 2))));
        PlatformFixture shortFlow = new PlatformFixture(PlatformFixture.DEFAULT_NOW, fixture.ports,
                b -> b.workflowCode("SHORT"));
        Mawb mawb = shortFlow.createMawb(3);
        shortFlow.platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), "A"));

        assertRejected(() -> shortFlow.platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), "B")),
                "expectedStep");
    }

    @Test
    void aMoveIsAuditedWithItsTimelineEventInOneUnitAndARefusedOneWritesNothing() {
        fixture.registerLufthansa();
        fixture.ports.fileTypes().insert(TestData.fileType("MAWB"));
        fixture.ports.fileTypes().insert(TestData.fileType("COMMERCIAL_INVOICE"));
        fixture.ports.fileTypes().insert(TestData.fileType("PACKING_LIST"));
        Mawb mawb = fixture.createMawb(1);
        List<AuditEntry> atStart = allEntries();

        assertThatThrownBy(() -> fixture.platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(),
                "PRE_ALERT"))).isInstanceOf(UnmetRequirementsException.class);
        assertThat(allEntries()).isEqualTo(atStart);

        for (String type : List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST")) {
            fixture.platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()), type,
                    type + ".pdf", "application/pdf", 10, TestData.sha256(type), "k/" + type));
        }
        fixture.forgetPublished();
        List<AuditEntry> beforeMove = allEntries();
        fixture.platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), "PRE_ALERT"));

        List<AuditEntry> written = allEntries().subList(beforeMove.size(), allEntries().size());
        assertThat(written).extracting(e -> e.entity() + " " + e.action()).containsExactlyInAnyOrder(
                "MAWB_WORKFLOW UPDATE", "TRACKING_EVENT INSERT");
        assertThat(written).allSatisfy(e -> assertThat(e.actor()).isEqualTo(PlatformFixture.ACTOR.userId()));
        assertThat(written).filteredOn(e -> e.action() == AuditAction.UPDATE).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsKey("currentStep"));
        assertThat(fixture.published()).singleElement().isInstanceOfSatisfying(WorkflowStepEntered.class, e -> {
            assertThat(e.fromStep()).isEqualTo("PRE_ALERT");
            assertThat(e.toStep()).isEqualTo("DOCS_COMPLETE");
        });
    }

    @Test
    void aNewMawbHasOneWorkflowAtVersionOneAndOnePreAlert() {
        fixture.registerLufthansa();
        Mawb mawb = fixture.createMawb(1);

        assertThat(fixture.platform.workflows().status(mawb.id()).upcoming()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ReminderKind.PRE_ALERT));
        assertThat(fixture.ports.mawbWorkflows().findByMawb(mawb.id())).map(MawbWorkflow::version).contains(1L);
    }

    private List<AuditEntry> allEntries() {
        return fixture.ports.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10_000);
    }

    private static WorkflowStep step(String code, int position) {
        return new WorkflowStep(code, code.charAt(0) + code.substring(1).toLowerCase(), position, Set.of(), Set.of(),
                List.of(EntryAction.SEND_PRE_ALERT), Feature.WORKFLOW_ADVANCE.code(), Set.of(),
                Applicability.ALWAYS);
    }

    /** Counts the reads that reach the store. */
    private static final class CountingDefinitions implements WorkflowDefinitionRepository {

        final AtomicInteger reads = new AtomicInteger();
        private final WorkflowDefinitionRepository delegate;

        CountingDefinitions(WorkflowDefinitionRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public void insert(WorkflowDefinition definition) {
            delegate.insert(definition);
        }

        @Override
        public Optional<WorkflowDefinition> find(String code, int version) {
            reads.incrementAndGet();
            return delegate.find(code, version);
        }

        @Override
        public Optional<WorkflowDefinition> findLatest(String code) {
            reads.incrementAndGet();
            return delegate.findLatest(code);
        }
    }
}
