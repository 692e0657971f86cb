package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowTransition;

/**
 * Maps {@link MawbWorkflow} to its {@code mawb_workflows} row and {@link WorkflowTransition} to its
 * {@code mawb_workflow_transitions} row, and back.
 */
final class MawbWorkflowMapper {

    static MawbWorkflowEntity toNewEntity(MawbWorkflow workflow) {
        MawbWorkflowEntity entity = new MawbWorkflowEntity();
        entity.mawbId = workflow.mawbId().value();
        copyChangeable(workflow, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    /** Everything but the MAWB and the version. */
    static void copyChangeable(MawbWorkflow workflow, MawbWorkflowEntity entity) {
        entity.workflowCode = workflow.workflowCode();
        entity.workflowVersion = workflow.workflowVersion();
        entity.currentStep = workflow.currentStep();
        entity.startedAt = workflow.startedAt();
        entity.updatedAt = workflow.updatedAt();
    }

    /** Whether the row is at the step of the same definition as {@code workflow}. */
    static boolean atSameStep(MawbWorkflowEntity entity, MawbWorkflow workflow) {
        return entity.workflowCode.equals(workflow.workflowCode())
                && entity.workflowVersion == workflow.workflowVersion()
                && entity.currentStep.equals(workflow.currentStep());
    }

    static MawbWorkflow toDomain(MawbWorkflowEntity entity) {
        return new MawbWorkflow(MawbId.of(entity.mawbId), entity.workflowCode, entity.workflowVersion,
                entity.currentStep, entity.startedAt, entity.updatedAt, entity.version);
    }

    static WorkflowTransitionEntity toEntity(WorkflowTransition transition) {
        WorkflowTransitionEntity entity = new WorkflowTransitionEntity();
        entity.mawbId = transition.mawbId().value();
        entity.seq = transition.seq();
        entity.fromStep = transition.fromStep();
        entity.toStep = transition.toStep();
        entity.triggerKind = transition.trigger().name();
        entity.triggerCode = transition.triggerCode();
        entity.movedBy = transition.movedBy();
        entity.movedAt = transition.movedAt();
        return entity;
    }

    static WorkflowTransition toDomain(WorkflowTransitionEntity entity) {
        return new WorkflowTransition(MawbId.of(entity.mawbId), entity.seq, entity.fromStep, entity.toStep,
                TransitionTrigger.valueOf(entity.triggerKind), entity.triggerCode, entity.movedBy, entity.movedAt);
    }

    private MawbWorkflowMapper() {
    }
}
