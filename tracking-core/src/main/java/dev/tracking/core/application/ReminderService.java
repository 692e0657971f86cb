package dev.tracking.core.application;

import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.reminder.ReminderOutcome;
import dev.tracking.core.port.in.reminder.ReminderUseCases;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.Notifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends reminders that came due, when they still matter: a reminder is cancelled when its facts change, but a job may
 * already be running then (or on another node), so each is checked again here before it goes out.
 */
public final class ReminderService implements ReminderUseCases {

    /** Notification topics are this prefix and the reminder kind, such as {@code reminder.LAST_FREE_DAY}. */
    public static final String TOPIC_PREFIX = "reminder.";

    private final MawbRepository mawbs;
    private final MawbWorkflowRepository workflows;
    private final WorkflowEngine engine;
    private final Notifier notifier;
    private final ServiceSupport support;

    ReminderService(MawbRepository mawbs, MawbWorkflowRepository workflows, WorkflowEngine engine, Notifier notifier,
            ServiceSupport support) {
        this.mawbs = mawbs;
        this.workflows = workflows;
        this.engine = engine;
        this.notifier = notifier;
        this.support = support;
    }

    @Override
    public ReminderOutcome fire(FireReminderCommand command) {
        support.require(Feature.WORKFLOW_ADVANCE);
        return support.inTransaction(() -> {
            Optional<Mawb> found = mawbs.findById(command.mawbId());
            if (found.isEmpty()) {
                return ReminderOutcome.skipped("the MAWB no longer exists");
            }
            Mawb mawb = found.get();
            Optional<MawbWorkflow> workflow = workflows.findByMawb(mawb.id());
            if (workflow.isPresent() && closed(workflow.get())) {
                return ReminderOutcome.skipped("the MAWB's workflow is closed");
            }
            ShipmentFacts facts = engine.facts().factsOf(mawb);
            Instant now = support.now();
            ReminderPlanner planner = engine.reminders();
            switch (command.kind()) {
                case LAST_FREE_DAY -> {
                    boolean stillPlanned = planner.lastFreeDayAlerts(mawb, Instant.MIN).stream()
                            .anyMatch(r -> r.fireAt().equals(command.fireAt()));
                    if (!stillPlanned) {
                        return ReminderOutcome.skipped("the last free day changed");
                    }
                }
                case ISC_PAYMENT -> {
                    if (Condition.ISC_PAID.holds(facts)) {
                        return ReminderOutcome.skipped("the ISC is paid");
                    }
                    Instant after = command.fireAt().isAfter(now) ? command.fireAt() : now;
                    planner.nextIscReminder(mawb, after).ifPresent(planner.jobs()::schedule);
                }
                case EMPTY_RETURN -> {
                    if (!facts.hasOceanContainers() || facts.containersReturned()) {
                        return ReminderOutcome.skipped("the containers are returned");
                    }
                    Instant after = command.fireAt().isAfter(now) ? command.fireAt() : now;
                    planner.jobs().schedule(planner.nextEmptyReturnReminder(mawb, after));
                }
                case PICKUP -> {
                    if (facts.delivered()) {
                        return ReminderOutcome.skipped("the consignment is delivered");
                    }
                }
                case PRE_ALERT -> {
                    // always goes out
                }
            }
            notifier.send(notificationOf(command, mawb, workflow, now));
            return ReminderOutcome.sent();
        });
    }

    private boolean closed(MawbWorkflow workflow) {
        WorkflowDefinition definition = engine.definitions().version(workflow.workflowCode(),
                workflow.workflowVersion());
        return definition.step(workflow.currentStep())
                .map(step -> step.entryActions().contains(EntryAction.CANCEL_ALL_REMINDERS))
                .orElse(false);
    }

    private Notification notificationOf(FireReminderCommand command, Mawb mawb, Optional<MawbWorkflow> workflow,
            Instant now) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("awbNumber", mawb.number().toString());
        attributes.put("origin", mawb.details().origin().toString());
        attributes.put("destination", mawb.details().destination().toString());
        attributes.put("consignee", mawb.details().consignee().name());
        attributes.put("pieces", String.valueOf(mawb.details().pieces()));
        attributes.put("dueAt", command.fireAt().toString());
        attributes.put("dueAtLocal", command.fireAt().atZone(engine.reminders().zoneOf(mawb)).toLocalDateTime()
                .toString());
        attributes.put("timeZone", engine.reminders().zoneOf(mawb).getId());
        workflow.ifPresent(w -> attributes.put("step", w.currentStep()));
        LocalDate lastFreeDay = mawb.details().lastFreeDay();
        if (lastFreeDay != null) {
            attributes.put("lastFreeDay", lastFreeDay.toString());
            LocalDate today = LocalDate.ofInstant(now, engine.reminders().zoneOf(mawb));
            attributes.put("daysToLastFreeDay", String.valueOf(ChronoUnit.DAYS.between(today, lastFreeDay)));
        }
        return new Notification(TOPIC_PREFIX + command.kind().name(), mawb.id(), attributes, now);
    }
}
