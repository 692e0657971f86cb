package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Once the cargo may leave the airport (customs released), remind to arrange the pickup at the next slot: by
 * default 09:00 destination time on a working day.
 */
public record PickupReminderPolicy(BusinessDaySlots slots) {

    public static PickupReminderPolicy standard() {
        return new PickupReminderPolicy(BusinessDaySlots.at(LocalTime.of(9, 0)));
    }

    public Optional<Reminder> plan(MawbId mawbId, Instant releasedAt, ZoneId zone, BusinessDays days) {
        return slots.next(releasedAt, zone, days).map(at -> Reminder.of(ReminderKind.PICKUP, mawbId, at));
    }
}
