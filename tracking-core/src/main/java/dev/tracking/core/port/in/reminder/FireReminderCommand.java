package dev.tracking.core.port.in.reminder;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.reminder.ReminderKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A reminder job came due: send it if it still matters. */
public record FireReminderCommand(ReminderKind kind, MawbId mawbId, Instant fireAt) {

    public FireReminderCommand {
        Check.start()
                .notNull(kind, "kind")
                .notNull(mawbId, "mawbId")
                .notNull(fireAt, "fireAt")
                .orThrow();
    }

    /** The command a reminder job's payload describes ({@code kind}, {@code mawbId}, {@code fireAt}). */
    public static FireReminderCommand fromPayload(Map<String, String> payload) {
        ReminderKind kind;
        try {
            kind = ReminderKind.valueOf(String.valueOf(payload.get("kind")));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "must be one of the reminder kinds");
        }
        MawbId mawbId = MawbId.parse(payload.get("mawbId"), "mawbId");
        Instant fireAt;
        try {
            fireAt = Instant.parse(String.valueOf(payload.get("fireAt")));
        } catch (DateTimeParseException e) {
            throw new ValidationException("fireAt", "must be an ISO-8601 instant");
        }
        return new FireReminderCommand(kind, mawbId, fireAt);
    }
}
