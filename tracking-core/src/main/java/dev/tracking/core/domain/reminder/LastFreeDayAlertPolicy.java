package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

/**
 * Alerts before the last free day, at a local time of the destination airport: by default 3 days and 1 day before, at
 * 09:00. An alert day that is no working day moves to the working day before it (warning sooner, never later); two
 * alerts that land on one day become one; alerts whose time has passed are not planned.
 *
 * @param daysBefore how many calendar days before the last free day, each 1 or more
 * @param at         the local time of day
 */
public record LastFreeDayAlertPolicy(List<Integer> daysBefore, LocalTime at) {

    public LastFreeDayAlertPolicy {
        daysBefore = List.copyOf(daysBefore);
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("alerts come 1 or more days before the last free day");
        }
        java.util.Objects.requireNonNull(at, "at");
    }

    public static LastFreeDayAlertPolicy standard() {
        return new LastFreeDayAlertPolicy(List.of(3, 1), LocalTime.of(9, 0));
    }

    /** The alerts still to come for a last free day at the destination. */
    public List<Reminder> plan(MawbId mawbId, LocalDate lastFreeDay, ZoneId zone, BusinessDays days, Instant now) {
        TreeMap<Instant, Reminder> alerts = new TreeMap<>();
        for (int before : daysBefore) {
            LocalDate day = days.previousOrSame(lastFreeDay.minusDays(before));
            Instant fireAt = LocalSchedule.at(day, at, zone);
            if (fireAt.isAfter(now)) {
                alerts.putIfAbsent(fireAt, Reminder.of(ReminderKind.LAST_FREE_DAY, mawbId, fireAt));
            }
        }
        return List.copyOf(alerts.values());
    }
}
