package dev.tracking.core.application;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.workflow.CompletedStep;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.domain.workflow.StaleStepException;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.UnmetRequirement;
import dev.tracking.core.domain.workflow.UnmetRequirementsException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.in.workflow.DefineWorkflowCommand;
import dev.tracking.core.port.in.workflow.WorkflowUseCases;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.util.List;
import java.util.Optional;

/**
 * The workflow use cases. Advancing checks the feature the next step names (by default {@code workflow.advance}) once
 * the step is known, so the check follows the definition the MAWB runs on.
 */
public final class WorkflowService implements WorkflowUseCases {

    private static final String WORKFLOW = "workflow of MAWB";

    private final MawbRepository mawbs;
    private final MawbWorkflowRepository workflows;
    private final WorkflowDefinitionRepository definitionStore;
    private final WorkflowEngine engine;
    private final ServiceSupport support;

    WorkflowService(MawbRepository mawbs, MawbWorkflowRepository workflows,
            WorkflowDefinitionRepository definitionStore, WorkflowEngine engine, ServiceSupport support) {
        this.mawbs = mawbs;
        this.workflows = workflows;
        this.definitionStore = definitionStore;
        this.engine = engine;
        this.support = support;
    }

    @Override
    public WorkflowStatus status(MawbId mawbId) {
        support.require(Feature.WORKFLOW_READ);
        return support.inTransaction(() -> statusOf(loadMawb(mawbId)));
    }

    @Override
    public WorkflowStatus advance(AdvanceWorkflowCommand command) {
        try {
            return support.inTransaction(() -> {
                Mawb mawb = loadMawb(command.mawbId());
                MawbWorkflow current = loadWorkflow(mawb.id());
                if (!current.currentStep().equals(command.expectedStep())) {
                    throw new StaleStepException(mawb.id(), command.expectedStep(), current.currentStep());
                }
                WorkflowDefinition definition = definitionOf(current);
                ShipmentFacts facts = engine.facts().factsOf(mawb);
                WorkflowStep next = definition.nextAfter(current.currentStep(), facts)
                        .orElseThrow(() -> new ValidationException("expectedStep",
                                current.currentStep() + " is the last step: there is nothing to advance to"));
                String actor = support.require(next.advanceFeature()).userId();
                List<UnmetRequirement> unmet = next.unmetBy(facts);
                if (!unmet.isEmpty()) {
                    throw new UnmetRequirementsException(mawb.id(), next.code(), unmet);
                }
                engine.enter(mawb, current, definition, next, TransitionTrigger.MANUAL, null, actor, facts);
                return statusOf(mawb, facts);
            });
        } catch (VersionConflictException e) {
            String now = workflows.findByMawb(command.mawbId()).map(MawbWorkflow::currentStep).orElse("?");
            throw new StaleStepException(command.mawbId(), command.expectedStep(), now);
        }
    }

    @Override
    public WorkflowDefinition define(DefineWorkflowCommand command) {
        support.require(Feature.WORKFLOW_ADMIN);
        try {
            return support.inTransaction(() -> {
                int version = definitionStore.findLatest(command.code()).map(d -> d.version() + 1).orElse(1);
                WorkflowDefinition definition = command.toDefinition(version);
                definitionStore.insert(definition);
                return definition;
            });
        } finally {
            engine.definitions().invalidate();
        }
    }

    @Override
    public WorkflowDefinition definition(String code, int version) {
        support.require(Feature.WORKFLOW_READ);
        return engine.definitions().version(code, version);
    }

    @Override
    public WorkflowDefinition latestDefinition(String code) {
        support.require(Feature.WORKFLOW_READ);
        return engine.definitions().latest(code)
                .orElseThrow(() -> new NotFoundException("workflow definition", code));
    }

    private WorkflowStatus statusOf(Mawb mawb) {
        return statusOf(mawb, engine.facts().factsOf(mawb));
    }

    private WorkflowStatus statusOf(Mawb mawb, ShipmentFacts facts) {
        MawbWorkflow workflow = loadWorkflow(mawb.id());
        WorkflowDefinition definition = definitionOf(workflow);
        List<CompletedStep> history = workflows.findTransitions(mawb.id()).stream()
                .map(t -> new CompletedStep(t.toStep(),
                        definition.step(t.toStep()).map(WorkflowStep::name).orElse(t.toStep()), t.movedAt(),
                        t.movedBy(), t.trigger(), t.triggerCode()))
                .toList();
        Optional<WorkflowStep> next = definition.nextAfter(workflow.currentStep(), facts);
        return new WorkflowStatus(mawb.id(), workflow.workflowCode(), workflow.workflowVersion(),
                definition.step(workflow.currentStep()).orElseThrow(), history, next,
                next.map(step -> step.unmetBy(facts)).orElse(List.of()),
                engine.reminders().jobs().upcoming(mawb.id()), workflow.version());
    }

    private WorkflowDefinition definitionOf(MawbWorkflow workflow) {
        return engine.definitions().version(workflow.workflowCode(), workflow.workflowVersion());
    }

    private Mawb loadMawb(MawbId id) {
        return mawbs.findById(id).orElseThrow(() -> new NotFoundException("MAWB", id));
    }

    private MawbWorkflow loadWorkflow(MawbId id) {
        return workflows.findByMawb(id).orElseThrow(() -> new NotFoundException(WORKFLOW, id));
    }
}
