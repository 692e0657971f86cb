package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;

/** The pre-alert goes out as soon as the MAWB is created. */
public record PreAlertPolicy() {

    public Reminder plan(MawbId mawbId, Instant createdAt) {
        return Reminder.of(ReminderKind.PRE_ALERT, mawbId, createdAt);
    }
}
