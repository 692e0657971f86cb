package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * While an ISC bill is open, remind at each slot: by default every working day at 09:00 and 14:00 destination time.
 * Only the next reminder is ever scheduled; when it fires and the bill is still open, the one after it is.
 */
public record IscPaymentReminderPolicy(BusinessDaySlots slots) {

    public static IscPaymentReminderPolicy standard() {
        return new IscPaymentReminderPolicy(BusinessDaySlots.at(LocalTime.of(9, 0), LocalTime.of(14, 0)));
    }

    /** The reminder after {@code after}: the bill's creation, or the reminder that just fired. */
    public Optional<Reminder> next(MawbId mawbId, Instant after, ZoneId zone, BusinessDays days) {
        return slots.next(after, zone, days).map(at -> Reminder.of(ReminderKind.ISC_PAYMENT, mawbId, at));
    }
}
