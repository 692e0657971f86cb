package dev.tracking.core.port.in.reminder;

import java.util.Objects;

/**
 * What became of a reminder that came due.
 *
 * @param reason why it was skipped; null when it was sent
 */
public record ReminderOutcome(Result result, String reason) {

    public enum Result {
        /** The notification went out. */
        SENT,
        /** It no longer mattered (paid, returned, closed, a changed last free day, ...). */
        SKIPPED
    }

    public ReminderOutcome {
        Objects.requireNonNull(result, "result");
    }

    public static ReminderOutcome sent() {
        return new ReminderOutcome(Result.SENT, null);
    }

    public static ReminderOutcome skipped(String reason) {
        return new ReminderOutcome(Result.SKIPPED, reason);
    }
}
