package dev.tracking.core.domain.workflow;

/** What happens when a MAWB enters a step, besides the transition itself. */
public enum EntryAction {
    SEND_PRE_ALERT,
    SCHEDULE_LAST_FREE_DAY_ALERTS,
    SCHEDULE_ISC_REMINDERS,
    SCHEDULE_PICKUP_REMINDER,
    SCHEDULE_EMPTY_RETURN_REMINDERS,
    CANCEL_ALL_REMINDERS
}
