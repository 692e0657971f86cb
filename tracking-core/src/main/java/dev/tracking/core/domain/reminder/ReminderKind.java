package dev.tracking.core.domain.reminder;

/** What a reminder is about. */
public enum ReminderKind {
    /** Tell the destination agent a consignment is coming, when the MAWB is created. */
    PRE_ALERT,
    /** Arrange the pickup once the cargo may leave the airport. */
    PICKUP,
    /** Storage charges start after the last free day. */
    LAST_FREE_DAY,
    /** The import service charge is unpaid; the airline will not release the cargo. */
    ISC_PAYMENT,
    /** An ocean container is not yet back at the line's depot; detention charges run. */
    EMPTY_RETURN
}
