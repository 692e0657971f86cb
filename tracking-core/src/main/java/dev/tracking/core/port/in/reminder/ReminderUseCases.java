package dev.tracking.core.port.in.reminder;

/** Reminders that came due; the job engine calls this for jobs of type {@code reminder}. */
public interface ReminderUseCases {

    /**
     * Sends the reminder through the {@code Notifier} if it still matters, and schedules the one after it where its
     * policy repeats (ISC payment, empty return). Needs {@code workflow.advance} (scheduled work acts as the system
     * user, who has it).
     */
    ReminderOutcome fire(FireReminderCommand command);
}
