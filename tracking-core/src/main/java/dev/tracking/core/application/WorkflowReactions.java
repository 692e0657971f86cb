package dev.tracking.core.application;

import dev.tracking.core.domain.bill.BillChanged;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.event.EventsRecorded;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.domain.mawb.MawbUpdated;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the workflow does when facts change, in the unit of work of the change: a new MAWB starts its workflow; events
 * move steps that name them; a paid ISC bill cancels the ISC reminders (a new open one starts them again); a changed
 * last free day replans its alerts; returned containers end the empty-return reminders. Every domain event goes on to
 * the host's publisher first, so the host hears of a change before the workflow's reaction to it.
 */
public final class WorkflowReactions implements DomainEventPublisher {

    private final MawbRepository mawbs;
    private final MawbWorkflowRepository workflows;
    private final WorkflowEngine engine;
    private final ServiceSupport support;
    private final DomainEventPublisher next;

    WorkflowReactions(MawbRepository mawbs, MawbWorkflowRepository workflows, WorkflowEngine engine,
            ServiceSupport support, DomainEventPublisher next) {
        this.mawbs = mawbs;
        this.workflows = workflows;
        this.engine = engine;
        this.support = support;
        this.next = next;
    }

    @Override
    public void publish(DomainEvent event) {
        next.publish(event);
        if (event instanceof MawbCreated created) {
            engine.start(created.mawb(), created.actor());
        } else if (event instanceof EventsRecorded recorded) {
            onEvents(recorded);
        } else if (event instanceof BillChanged changed && changed.bill().type() == BillType.ISC) {
            onIscBill(changed.bill().mawbId());
        } else if (event instanceof MawbUpdated updated
                && !Objects.equals(updated.before().details().lastFreeDay(), updated.after().details().lastFreeDay())) {
            onLastFreeDayChanged(updated.after());
        }
    }

    private void onEvents(EventsRecorded recorded) {
        Map<MawbId, List<String>> actualCodes = new LinkedHashMap<>();
        for (TrackingEvent event : recorded.events()) {
            if (event.subject().kind() == ShipmentKind.MAWB && event.isActual()) {
                actualCodes.computeIfAbsent(event.subject().mawbId(), id -> new ArrayList<>())
                        .add(event.code().value());
            }
        }
        if (actualCodes.isEmpty()) {
            return;
        }
        Map<MawbId, MawbWorkflow> workflowsByMawb = new HashMap<>();
        workflows.findByMawbs(actualCodes.keySet()).forEach(w -> workflowsByMawb.put(w.mawbId(), w));
        for (Map.Entry<MawbId, List<String>> entry : actualCodes.entrySet()) {
            MawbWorkflow workflow = workflowsByMawb.get(entry.getKey());
            List<String> codes = entry.getValue();
            if (workflow == null) {
                continue;
            }
            boolean emptyReturned = codes.contains(WorkflowEventCodes.EMPTY_RETURNED);
            if (!emptyReturned && !mayAdvanceOn(workflow, codes)) {
                continue;
            }
            Mawb mawb = mawbs.findById(workflow.mawbId()).orElseThrow();
            if (emptyReturned && engine.facts().factsOf(mawb).containersReturned()) {
                engine.reminders().jobs().cancel(mawb.id(), ReminderKind.EMPTY_RETURN);
            }
            engine.advanceOnEvents(mawb, workflow, codes, recorded.actor());
        }
    }

    private boolean mayAdvanceOn(MawbWorkflow workflow, List<String> codes) {
        return engine.definitions().version(workflow.workflowCode(), workflow.workflowVersion())
                .mayAdvanceOn(workflow.currentStep(), codes);
    }

    private void onIscBill(MawbId mawbId) {
        Mawb mawb = mawbs.findById(mawbId).orElseThrow();
        workflows.findByMawb(mawbId).ifPresent(workflow -> {
            ShipmentFacts facts = engine.facts().factsOf(mawb);
            ReminderJobs jobs = engine.reminders().jobs();
            if (Condition.ISC_PAID.holds(facts)) {
                jobs.cancel(mawbId, ReminderKind.ISC_PAYMENT);
            } else if (inForce(workflow, EntryAction.SCHEDULE_ISC_REMINDERS)
                    && !jobs.anyWaiting(mawbId, ReminderKind.ISC_PAYMENT)) {
                engine.reminders().nextIscReminder(mawb, support.now()).ifPresent(jobs::schedule);
            }
        });
    }

    private void onLastFreeDayChanged(Mawb mawb) {
        workflows.findByMawb(mawb.id()).ifPresent(workflow -> {
            if (inForce(workflow, EntryAction.SCHEDULE_LAST_FREE_DAY_ALERTS)) {
                engine.reminders().replanLastFreeDay(mawb, support.now());
            }
        });
    }

    private boolean inForce(MawbWorkflow workflow, EntryAction action) {
        WorkflowDefinition definition = engine.definitions().version(workflow.workflowCode(),
                workflow.workflowVersion());
        return WorkflowEngine.inForce(definition, workflow.currentStep(), action);
    }
}
