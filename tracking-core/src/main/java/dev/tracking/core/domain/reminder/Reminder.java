package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.util.Objects;

/**
 * A reminder due at an instant, for a MAWB.
 *
 * @param key unique per MAWB, kind and moment, so scheduling the same reminder twice schedules it once; it starts
 *            with its {@link #group()}, so a MAWB's reminders of a kind (or all of them) are found by prefix
 */
public record Reminder(ReminderKind kind, MawbId mawbId, Instant fireAt, String key) {

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(fireAt, "fireAt");
        Objects.requireNonNull(key, "key");
    }

    public static Reminder of(ReminderKind kind, MawbId mawbId, Instant fireAt) {
        return new Reminder(kind, mawbId, fireAt, group(mawbId, kind) + fireAt);
    }

    /** The key prefix a MAWB's reminders of one kind share, to find or cancel them together. */
    public static String group(MawbId mawbId, ReminderKind kind) {
        return "reminder:" + mawbId + ":" + kind + ":";
    }

    /** The key prefix of every reminder of a MAWB. */
    public static String groupsOf(MawbId mawbId) {
        return "reminder:" + mawbId + ":";
    }

    public String group() {
        return group(mawbId, kind);
    }
}
