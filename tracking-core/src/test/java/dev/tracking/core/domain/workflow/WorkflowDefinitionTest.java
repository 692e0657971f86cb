package dev.tracking.core.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SOP's steps: order, skipping, and the requirements a MAWB must meet to enter each. */
class WorkflowDefinitionTest {

    private final WorkflowDefinition sop = DefaultWorkflows.usAirImport();

    @Test
    void theUsAirImportSopRunsThroughItsStepsInOrder() {
        assertThat(sop.steps()).extracting(WorkflowStep::code).containsExactly("PRE_ALERT", "DOCS_COMPLETE",
                "ARRIVED", "ISC_PAID", "CUSTOMS_RELEASED", "PICKUP_SCHEDULED", "DELIVERED", "EMPTY_RETURNED",
                "CLOSED");
        assertThat(sop.first().code()).isEqualTo("PRE_ALERT");
        assertThat(sop.isLast("CLOSED")).isTrue();
    }

    @Test
    void theEmptyReturnStepIsSkippedWithoutOceanContainers() {
        assertThat(sop.nextAfter("DELIVERED", facts(false, Set.of()))).get()
                .extracting(WorkflowStep::code).isEqualTo("CLOSED");
        assertThat(sop.nextAfter("DELIVERED", facts(true, Set.of()))).get()
                .extracting(WorkflowStep::code).isEqualTo("EMPTY_RETURNED");
        assertThat(sop.nextAfter("CLOSED", facts(true, Set.of()))).isEmpty();
    }

    @Test
    void eventsMayAdvanceOnlyIntoTheNextStepThatAppliesToEveryMawbOrAConditionalOneBeforeIt() {
        assertThat(sop.mayAdvanceOn("DOCS_COMPLETE", List.of("ARR"))).isTrue();
        assertThat(sop.mayAdvanceOn("DOCS_COMPLETE", List.of("BKD", "RCF"))).isTrue();
        assertThat(sop.mayAdvanceOn("PRE_ALERT", List.of("ARR", "DLV"))).isFalse();
        assertThat(sop.mayAdvanceOn("DOCS_COMPLETE", List.of("DLV"))).isFalse();
        assertThat(sop.mayAdvanceOn("PICKUP_SCHEDULED", List.of("DLV"))).isTrue();
        assertThat(sop.mayAdvanceOn("DELIVERED", List.of("DLV", "ARR"))).isFalse();
        assertThat(sop.mayAdvanceOn("CLOSED", List.of("ARR"))).isFalse();
        assertThat(sop.mayAdvanceOn("DOCS_COMPLETE", List.of())).isFalse();
    }

    @Test
    void everyMissingDocumentAndConditionIsListed() {
        WorkflowStep released = sop.step("CUSTOMS_RELEASED").orElseThrow();

        List<UnmetRequirement> unmet = released.unmetBy(facts(false, Set.of("MAWB")));

        assertThat(unmet).extracting(UnmetRequirement::requirement).containsExactly("DOCUMENT:CUSTOMS_RELEASE",
                "CONDITION:ISC_PAID", "CONDITION:CUSTOMS_CLEARED");
        assertThat(unmet).extracting(UnmetRequirement::message).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void aStepWhoseRequirementsHoldHasNoneUnmet() {
        ShipmentFacts ready = new ShipmentFacts(true, true, false, true, false, false, false,
                Set.of("CUSTOMS_RELEASE"));

        assertThat(sop.step("CUSTOMS_RELEASED").orElseThrow().unmetBy(ready)).isEmpty();
    }

    @Test
    void anIscBillMustExistAndBePaid() {
        ShipmentFacts noBill = new ShipmentFacts(true, false, false, true, false, false, false, Set.of());
        ShipmentFacts openBill = new ShipmentFacts(true, true, true, true, false, false, false, Set.of());

        assertThat(Condition.ISC_PAID.holds(noBill)).isFalse();
        assertThat(Condition.ISC_PAID.holds(openBill)).isFalse();
    }

    @Test
    void stepsWithTheSameCodeOrPositionAreRefused() {
        WorkflowStep a = sop.steps().get(0);
        WorkflowStep b = sop.steps().get(1);
        WorkflowStep samePosition = new WorkflowStep("OTHER", "Other", a.position(), Set.of(), Set.of(), List.of(),
                "workflow.advance", Set.of(), Applicability.ALWAYS);

        assertThatThrownBy(() -> new WorkflowDefinition("X", 1, List.of(a, a)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new WorkflowDefinition("X", 1, List.of(a, samePosition)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("position");
        assertThatThrownBy(() -> new WorkflowDefinition("X", 0, List.of(a, b)))
                .isInstanceOf(ValidationException.class);
    }

    private static ShipmentFacts facts(boolean oceanContainers, Set<String> documents) {
        return new ShipmentFacts(false, false, false, false, false, oceanContainers, false, documents);
    }
}
