package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.TrackingException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.testsupport.TestData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MawbWorkflowRepository} must do: store one workflow per MAWB at version 1 (a second is a
 * {@link DuplicateException}), move it only from its current version ({@link VersionConflictException} otherwise,
 * storing nothing), refuse a step its definition lacks, and keep every move in sequence order with who and when
 * (a second move with one sequence number is a {@link DuplicateException}).
 */
public abstract class MawbWorkflowRepositoryContract extends PersistenceContract {

    private static final Instant STARTED = Instant.parse("2025-03-14T09:00:00.123456Z");
    private static final Instant MOVED = Instant.parse("2025-03-15T16:45:10.5Z");

    protected Mawb mawb;
    protected WorkflowDefinition definition;

    @BeforeEach
    void givenAMawbAndADefinition() {
        permissions().saveFeature(WorkflowDefinitionRepositoryContract.FEATURE, "Contract feature");
        definition = WorkflowDefinitionRepositoryContract.definition(1);
        opened().workflowDefinitions().insert(definition);
        mawb = givenMawb(TestData.mawb(1));
    }

    private MawbWorkflowRepository workflows() {
        return opened().mawbWorkflows();
    }

    private MawbWorkflow started() {
        return MawbWorkflow.start(mawb.id(), definition, STARTED);
    }

    @Test
    void insertStoresTheWorkflowAtVersionOne() {
        MawbWorkflow stored = workflows().insert(started());

        assertThat(stored).isEqualTo(started().withVersion(1));
        assertThat(workflows().findByMawb(mawb.id())).contains(started().withVersion(1));
        assertThat(stored.currentStep()).isEqualTo("START");
    }

    @Test
    void aMawbHasOneWorkflow() {
        workflows().insert(started());

        assertThatThrownBy(() -> workflows().insert(started())).isInstanceOf(DuplicateException.class);
    }

    @Test
    void findByMawbsReturnsTheWorkflowsOfThoseMawbsThatHaveOne() {
        Mawb other = givenMawb(TestData.mawb(2));
        Mawb without = givenMawb(TestData.mawb(3));
        workflows().insert(started());
        MawbWorkflow othersWorkflow = workflows().insert(MawbWorkflow.start(other.id(), definition, STARTED));

        assertThat(workflows().findByMawbs(List.of(mawb.id(), without.id(), other.id(), mawb.id(),
                new MawbId(UUID.randomUUID()))))
                .containsExactlyInAnyOrder(started().withVersion(1), othersWorkflow);
        assertThat(workflows().findByMawbs(List.of())).isEmpty();
    }

    @Test
    void aMawbWithoutAWorkflowIsEmpty() {
        assertThat(workflows().findByMawb(new MawbId(UUID.randomUUID()))).isEmpty();
        assertThat(workflows().findTransitions(mawb.id())).isEmpty();
    }

    @Test
    void updateMovesTheWorkflowToTheNextVersion() {
        MawbWorkflow stored = workflows().insert(started());

        MawbWorkflow moved = workflows().update(stored.moveTo("LANDED", MOVED));

        assertThat(moved.version()).isEqualTo(2);
        assertThat(workflows().findByMawb(mawb.id())).contains(stored.moveTo("LANDED", MOVED).withVersion(2));
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        MawbWorkflow stored = workflows().insert(started());
        workflows().update(stored.moveTo("LANDED", MOVED));

        assertThatThrownBy(() -> workflows().update(stored.moveTo("RETURNED_V1", MOVED)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(workflows().findByMawb(mawb.id()).orElseThrow().currentStep()).isEqualTo("LANDED");
    }

    @Test
    void aSecondUnitOfWorkUpdatingFromTheReplacedVersionConflicts() {
        MawbWorkflow stored = workflows().insert(started());
        AtomicReference<Throwable> second = new AtomicReference<>();

        transactions().inTransaction(() -> {
            workflows().update(stored.moveTo("LANDED", MOVED));
            return null;
        });
        try {
            transactions().inTransaction(() -> workflows().update(stored.moveTo("RETURNED_V1", MOVED)));
        } catch (TrackingException e) {
            second.set(e);
        }

        assertThat(second.get()).isInstanceOf(VersionConflictException.class);
        assertThat(workflows().findByMawb(mawb.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aStepTheDefinitionLacksIsRefused() {
        MawbWorkflow stored = workflows().insert(started());

        assertThatThrownBy(() -> transactions().inTransaction(() -> workflows().update(
                stored.moveTo("NO_SUCH_STEP", MOVED)))).isInstanceOf(TrackingException.class);
        assertThat(workflows().findByMawb(mawb.id())).contains(stored);
    }

    @Test
    void transitionsComeBackInSequenceOrderWithWhoAndWhen() {
        workflows().insert(started());
        WorkflowTransition start = new WorkflowTransition(mawb.id(), 1, null, "START", TransitionTrigger.MANUAL,
                null, "alice", STARTED);
        WorkflowTransition landed = new WorkflowTransition(mawb.id(), 2, "START", "LANDED", TransitionTrigger.EVENT,
                "ARR", "carrier-feed", MOVED);

        workflows().addTransition(landed);
        workflows().addTransition(start);

        assertThat(workflows().findTransitions(mawb.id())).containsExactly(start, landed);
    }

    @Test
    void twoTransitionsWithOneSequenceNumberAreADuplicate() {
        workflows().insert(started());
        workflows().addTransition(new WorkflowTransition(mawb.id(), 1, null, "START", TransitionTrigger.MANUAL, null,
                "alice", STARTED));

        assertThatThrownBy(() -> workflows().addTransition(new WorkflowTransition(mawb.id(), 1, null, "START",
                TransitionTrigger.MANUAL, null, "bob", STARTED))).isInstanceOf(DuplicateException.class);
        assertThat(workflows().findTransitions(mawb.id())).extracting(WorkflowTransition::movedBy)
                .containsExactly("alice");
    }

    @Test
    void transitionsOfOtherMawbsAreNotListed() {
        Mawb other = givenMawb(TestData.mawb(2));
        workflows().insert(started());
        workflows().insert(MawbWorkflow.start(other.id(), definition, STARTED));
        workflows().addTransition(new WorkflowTransition(other.id(), 1, null, "START", TransitionTrigger.MANUAL, null,
                "bob", STARTED));

        assertThat(workflows().findTransitions(mawb.id())).isEmpty();
        assertThat(workflows().findTransitions(other.id())).hasSize(1);
    }
}
