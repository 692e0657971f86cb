package dev.tracking.core.application;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.domain.workflow.WorkflowStepEntered;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves MAWBs through their workflows: starts one, enters a step (the move, its record with who and when, the event on
 * the MAWB's timeline for every move after the start, the step's entry actions) and tells whether a step's reminders are in force. Every call runs
 * in the caller's unit of work; permission checks are the callers'.
 */
final class WorkflowEngine {

    private final MawbWorkflowRepository workflows;
    private final TrackingEventRepository events;
    private final WorkflowDefinitions definitions;
    private final ShipmentFactsReader facts;
    private final ReminderPlanner reminders;
    private final ServiceSupport support;
    private final String workflowCode;

    WorkflowEngine(MawbWorkflowRepository workflows, TrackingEventRepository events, WorkflowDefinitions definitions,
            ShipmentFactsReader facts, ReminderPlanner reminders, ServiceSupport support, String workflowCode) {
        this.workflows = workflows;
        this.events = events;
        this.definitions = definitions;
        this.facts = facts;
        this.reminders = reminders;
        this.support = support;
        this.workflowCode = workflowCode;
    }

    WorkflowDefinitions definitions() {
        return definitions;
    }

    ShipmentFactsReader facts() {
        return facts;
    }

    ReminderPlanner reminders() {
        return reminders;
    }

    /** Starts a new MAWB on the latest version of the platform's workflow, at its first step. */
    void start(Mawb mawb, String actor) {
        WorkflowDefinition definition = definitions.latest(workflowCode)
                .orElseThrow(() -> new NotFoundException("workflow definition", workflowCode));
        Instant now = support.now();
        MawbWorkflow started = workflows.insert(MawbWorkflow.start(mawb.id(), definition, now));
        record(mawb, started, definition, null, definition.first(), TransitionTrigger.MANUAL, null, 1, actor, now,
                facts.factsOf(mawb));
    }

    /**
     * Moves the MAWB from its current step into {@code target}. A move changes none of the shipment's facts, so the
     * caller's {@code facts} serve the entry actions too.
     *
     * @throws dev.tracking.core.domain.common.VersionConflictException when another move of the MAWB came first
     */
    MawbWorkflow enter(Mawb mawb, MawbWorkflow current, WorkflowDefinition definition, WorkflowStep target,
            TransitionTrigger trigger, String triggerCode, String actor, ShipmentFacts facts) {
        Instant now = support.now();
        int seq = workflows.findTransitions(mawb.id()).size() + 1;
        MawbWorkflow moved = workflows.update(current.moveTo(target.code(), now));
        record(mawb, moved, definition, current.currentStep(), target, trigger, triggerCode, seq, actor, now, facts);
        return moved;
    }

    /**
     * Moves the MAWB on as far as the events allow: while the next step names one of the codes and all its
     * requirements hold.
     */
    void advanceOnEvents(Mawb mawb, MawbWorkflow workflow, List<String> codes, String actor) {
        WorkflowDefinition definition = definitions.version(workflow.workflowCode(), workflow.workflowVersion());
        MawbWorkflow current = workflow;
        ShipmentFacts now = facts.factsOf(mawb);
        while (true) {
            var next = definition.nextAfter(current.currentStep(), now);
            if (next.isEmpty() || !next.get().unmetBy(now).isEmpty()) {
                return;
            }
            WorkflowStep step = next.get();
            var code = codes.stream()
                    .filter(c -> step.advanceOnEvents().stream().anyMatch(fsu -> fsu.name().equals(c)))
                    .findFirst();
            if (code.isEmpty()) {
                return;
            }
            current = enter(mawb, current, definition, step, TransitionTrigger.EVENT, code.get(), actor, now);
        }
    }

    /**
     * Whether the reminders a step action schedules are in force at the current step: a step up to it scheduled them,
     * and no step since cancelled every reminder.
     */
    static boolean inForce(WorkflowDefinition definition, String currentStep, EntryAction action) {
        boolean inForce = false;
        for (WorkflowStep step : definition.steps()) {
            if (step.entryActions().contains(action)) {
                inForce = true;
            }
            if (step.entryActions().contains(EntryAction.CANCEL_ALL_REMINDERS)) {
                inForce = false;
            }
            if (step.code().equals(currentStep)) {
                return inForce;
            }
        }
        return false;
    }

    private void record(Mawb mawb, MawbWorkflow workflow, WorkflowDefinition definition, String from,
            WorkflowStep to, TransitionTrigger trigger, String triggerCode, int seq, String actor, Instant now,
            ShipmentFacts current) {
        workflows.addTransition(new WorkflowTransition(mawb.id(), seq, from, to.code(), trigger, triggerCode, actor,
                now));
        if (from != null) {
            events.insertNew(List.of(timelineEvent(mawb, definition, from, to, trigger, triggerCode, seq, actor, now)));
        }
        for (EntryAction action : to.entryActions()) {
            reminders.run(action, mawb, current, now);
        }
        support.publish(new WorkflowStepEntered(mawb.id(), workflow.workflowCode(), workflow.workflowVersion(), from,
                to.code(), trigger, triggerCode, now, actor));
    }

    private TrackingEvent timelineEvent(Mawb mawb, WorkflowDefinition definition, String from, WorkflowStep to,
            TransitionTrigger trigger, String triggerCode, int seq, String actor, Instant now) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("workflow", definition.code());
        metadata.put("workflowVersion", String.valueOf(definition.version()));
        metadata.put("fromStep", from);
        metadata.put("toStep", to.code());
        metadata.put("trigger", trigger.name());
        if (triggerCode != null) {
            metadata.put("triggerCode", triggerCode);
        }
        String remarks = "Entered " + to.code() + " (" + to.name() + ")"
                + (triggerCode != null ? " on " + triggerCode : "");
        return new TrackingEvent(new EventId(support.newId()), ShipmentRef.of(mawb.id()),
                EventCode.of(WorkflowEventCodes.STEP_ENTERED), TimeType.ACTUAL,
                OffsetDateTime.ofInstant(now, reminders.zoneOf(mawb)), null, null, null,
                trigger == TransitionTrigger.EVENT ? EventSource.SYSTEM : EventSource.MANUAL, remarks, metadata,
                "workflow:" + definition.code() + ":" + seq, now, actor);
    }
}
