package dev.tracking.scheduler.handlers;

import dev.tracking.core.application.ReminderJobs;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.reminder.ReminderOutcome;
import dev.tracking.core.port.in.reminder.ReminderUseCases;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.PermanentJobFailure;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires reminders: jobs of type {@value #TYPE}, which the platform's workflow schedules, go to
 * {@link ReminderUseCases#fire}, which sends the reminder if it still matters (and schedules the one after it where
 * its policy repeats).
 *
 * <p>The use case needs the feature {@code workflow.advance} and acts as whoever the host's {@code ActorProvider}
 * returns on the engine's worker threads: give scheduled work {@code Actor.system()}, which holds every feature. A
 * payload that does not describe a reminder, and a refused permission, are permanent failures (the job is dead at
 * once; retry it by hand once the cause is fixed); anything else is retried with backoff.
 *
 * <pre>{@code
 * new ReminderJobHandler(platform.reminders())
 * }</pre>
 */
public final class ReminderJobHandler implements JobHandler {

    /** The job type of reminders, {@link ReminderJobs#TYPE}. */
    public static final String TYPE = ReminderJobs.TYPE;

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobHandler.class);

    private final ReminderUseCases reminders;

    /** A handler firing reminders through {@code reminders}, such as {@code platform.reminders()}. */
    public ReminderJobHandler(ReminderUseCases reminders) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void handle(JobContext context) {
        FireReminderCommand command;
        try {
            command = FireReminderCommand.fromPayload(context.payload());
        } catch (ValidationException e) {
            throw new PermanentJobFailure("the payload does not describe a reminder: " + e.getMessage(), e);
        }
        ReminderOutcome outcome;
        try {
            outcome = reminders.fire(command);
        } catch (PermissionDeniedException e) {
            throw new PermanentJobFailure("the scheduled work's actor may not fire reminders: " + e.getMessage(), e);
        }
        if (outcome.result() == ReminderOutcome.Result.SENT) {
            LOG.info("sent the {} reminder for MAWB {}", command.kind(), command.mawbId());
        } else {
            LOG.info("skipped the {} reminder for MAWB {}: {}", command.kind(), command.mawbId(), outcome.reason());
        }
    }

    @Override
    public String toString() {
        return "ReminderJobHandler";
    }
}
