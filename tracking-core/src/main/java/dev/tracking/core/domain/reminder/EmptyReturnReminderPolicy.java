package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * After delivery, while ocean containers are not yet returned empty: a first reminder {@code daysAfterDelivery} days
 * after the delivery day, then every {@code repeatEveryDays} days, each at {@code at} local time, moved to the next
 * working day when it falls on another.
 */
public record EmptyReturnReminderPolicy(int daysAfterDelivery, int repeatEveryDays, LocalTime at) {

    public EmptyReturnReminderPolicy {
        if (daysAfterDelivery < 0 || repeatEveryDays < 1) {
            throw new IllegalArgumentException("days after delivery must be 0 or more, the repeat 1 day or more");
        }
        java.util.Objects.requireNonNull(at, "at");
    }

    /** 3 days after delivery, then daily, at 09:00. */
    public static EmptyReturnReminderPolicy standard() {
        return new EmptyReturnReminderPolicy(3, 1, LocalTime.of(9, 0));
    }

    public Reminder first(MawbId mawbId, Instant deliveredAt, ZoneId zone, BusinessDays days) {
        return on(mawbId, LocalDate.ofInstant(deliveredAt, zone).plusDays(daysAfterDelivery), zone, days);
    }

    /** The reminder after one that fired at {@code firedAt}. */
    public Reminder next(MawbId mawbId, Instant firedAt, ZoneId zone, BusinessDays days) {
        return on(mawbId, LocalDate.ofInstant(firedAt, zone).plusDays(repeatEveryDays), zone, days);
    }

    private Reminder on(MawbId mawbId, LocalDate day, ZoneId zone, BusinessDays days) {
        return Reminder.of(ReminderKind.EMPTY_RETURN, mawbId, LocalSchedule.at(days.nextOrSame(day), at, zone));
    }
}
