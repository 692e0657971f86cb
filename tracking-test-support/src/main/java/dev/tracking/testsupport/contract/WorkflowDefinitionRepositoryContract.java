package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowDefinitionRepository} must do: store a definition's steps with every attribute (documents,
 * conditions, entry actions in order, the advance feature, the events that advance, when the step applies), find one
 * version or the latest, refuse a second copy of a version ({@link DuplicateException}) and a step naming a feature
 * the catalogue lacks ({@link ValidationException} on {@code advanceFeature}, storing nothing). Of two units of work
 * storing one version at once, exactly one succeeds, whatever steps each has.
 *
 * <p>The store may hold definitions already (a SQL schema seeds {@code US_AIR_IMPORT}); the suite uses codes starting
 * with {@code CONTRACT_} and registers the features it names.
 */
public abstract class WorkflowDefinitionRepositoryContract extends PersistenceContract {

    /** A feature the suite registers and its steps name. */
    protected static final String FEATURE = "contract.workflow-advance";
    protected static final String CODE = "CONTRACT_SOP";

    @BeforeEach
    void givenTheFeature() {
        permissions().saveFeature(FEATURE, "Contract feature " + FEATURE);
    }

    private WorkflowDefinitionRepository definitions() {
        return opened().workflowDefinitions();
    }

    /** A three-step definition of {@link #CODE} whose steps use every attribute. */
    protected static WorkflowDefinition definition(int version) {
        return new WorkflowDefinition(CODE, version, List.of(
                new WorkflowStep("START", "Started", 0, Set.of(), Set.of(), List.of(EntryAction.SEND_PRE_ALERT),
                        FEATURE, Set.of(), Applicability.ALWAYS),
                new WorkflowStep("LANDED", "Landed – at the gate", 10, Set.of("MAWB", "PACKING_LIST"),
                        Set.of(Condition.ARRIVAL_RECORDED, Condition.ISC_PAID),
                        List.of(EntryAction.SCHEDULE_ISC_REMINDERS, EntryAction.SCHEDULE_LAST_FREE_DAY_ALERTS),
                        FEATURE, Set.of(FsuCode.ARR, FsuCode.RCF), Applicability.ALWAYS),
                new WorkflowStep("RETURNED_V" + version, "Returned", 20, Set.of(), Set.of(Condition.CONTAINERS_RETURNED),
                        List.of(), FEATURE, Set.of(), Applicability.OCEAN_CONTAINERS)));
    }

    @Test
    void aStoredDefinitionComesBackWithEveryAttribute() {
        WorkflowDefinition definition = definition(1);

        definitions().insert(definition);

        WorkflowDefinition found = definitions().find(CODE, 1).orElseThrow();
        assertThat(found).isEqualTo(definition);
        assertThat(found.steps().get(1).entryActions())
                .as("entry actions keep their order")
                .containsExactly(EntryAction.SCHEDULE_ISC_REMINDERS, EntryAction.SCHEDULE_LAST_FREE_DAY_ALERTS);
    }

    @Test
    void theDefaultSopRoundTrips() {
        WorkflowDefinition usAirImport = DefaultWorkflows.usAirImport();
        WorkflowDefinition copy = new WorkflowDefinition("CONTRACT_US_AIR", 1, usAirImport.steps().stream()
                .map(s -> new WorkflowStep(s.code(), s.name(), s.position(), s.requiredFileTypes(),
                        s.requiredConditions(), s.entryActions(), FEATURE, s.advanceOnEvents(), s.appliesWhen()))
                .toList());

        definitions().insert(copy);

        assertThat(definitions().find("CONTRACT_US_AIR", 1)).contains(copy);
    }

    @Test
    void findLatestGivesTheHighestVersion() {
        definitions().insert(definition(1));
        definitions().insert(definition(3));
        definitions().insert(definition(2));

        assertThat(definitions().findLatest(CODE)).contains(definition(3));
        assertThat(definitions().find(CODE, 2)).contains(definition(2));
    }

    @Test
    void unknownCodesAndVersionsAreEmpty() {
        definitions().insert(definition(1));

        assertThat(definitions().find(CODE, 2)).isEmpty();
        assertThat(definitions().find("CONTRACT_NONE", 1)).isEmpty();
        assertThat(definitions().findLatest("CONTRACT_NONE")).isEmpty();
    }

    @Test
    void aSecondCopyOfAVersionIsADuplicateAndChangesNothing() {
        definitions().insert(definition(1));
        WorkflowDefinition other = new WorkflowDefinition(CODE, 1, List.of(
                new WorkflowStep("A", "A", 0, Set.of(), Set.of(), List.of(), FEATURE, Set.of(), Applicability.ALWAYS),
                new WorkflowStep("B", "B", 1, Set.of(), Set.of(), List.of(), FEATURE, Set.of(),
                        Applicability.ALWAYS)));

        assertThatThrownBy(() -> definitions().insert(other)).isInstanceOf(DuplicateException.class);
        assertThat(definitions().find(CODE, 1)).contains(definition(1));
    }

    @Test
    void twoUnitsOfWorkStoringOneVersionAtOnceStoreOneWholeDefinition() throws Exception {
        WorkflowDefinition first = twoSteps("FIRST_A", "FIRST_B", 100);
        WorkflowDefinition second = twoSteps("SECOND_A", "SECOND_B", 200);
        CountDownLatch firstStored = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> transactions().inTransaction(() -> {
                definitions().insert(first);
                firstStored.countDown();
                pause(Duration.ofMillis(300));
                return null;
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> two = pool.submit(() -> transactions().inTransaction(() -> {
                definitions().insert(second);
                return null;
            }));

            one.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> two.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(definitions().find(CODE, 7)).contains(first);
    }

    private static WorkflowDefinition twoSteps(String a, String b, int position) {
        return new WorkflowDefinition(CODE, 7, List.of(
                new WorkflowStep(a, a, position, Set.of(), Set.of(), List.of(), FEATURE, Set.of(), Applicability.ALWAYS),
                new WorkflowStep(b, b, position + 1, Set.of(), Set.of(), List.of(), FEATURE, Set.of(),
                        Applicability.ALWAYS)));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStepNamingAnUnknownFeatureIsRefusedAndNothingIsStored() {
        WorkflowDefinition bad = new WorkflowDefinition(CODE, 1, List.of(
                new WorkflowStep("A", "A", 0, Set.of(), Set.of(), List.of(), FEATURE, Set.of(), Applicability.ALWAYS),
                new WorkflowStep("B", "B", 1, Set.of(), Set.of(), List.of(), "contract.unknown-feature", Set.of(),
                        Applicability.ALWAYS)));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            definitions().insert(bad);
            return null;
        })).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).contains("advanceFeature"));
        assertThat(definitions().find(CODE, 1)).isEmpty();
    }
}
