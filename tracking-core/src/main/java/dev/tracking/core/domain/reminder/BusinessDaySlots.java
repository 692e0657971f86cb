package dev.tracking.core.domain.reminder;

import dev.tracking.core.domain.calendar.BusinessDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Local times of day on working days, such as 09:00 and 14:00: the moments a recurring reminder may fire.
 *
 * @param times at least one, kept in order
 */
public record BusinessDaySlots(List<LocalTime> times) {

    /** How far ahead a slot is looked for; a calendar with no working day in a year has none. */
    private static final int SEARCH_DAYS = 366;

    public BusinessDaySlots {
        if (times == null || times.isEmpty()) {
            throw new IllegalArgumentException("at least one time of day is needed");
        }
        times = times.stream().sorted().distinct().toList();
    }

    public static BusinessDaySlots at(LocalTime... times) {
        return new BusinessDaySlots(List.of(times));
    }

    /** The first slot strictly after {@code after}, in the zone's local time, on a working day. */
    public Optional<Instant> next(Instant after, ZoneId zone, BusinessDays days) {
        LocalDate date = LocalDate.ofInstant(after, zone);
        for (int i = 0; i <= SEARCH_DAYS; i++, date = date.plusDays(1)) {
            if (!days.isBusinessDay(date)) {
                continue;
            }
            for (LocalTime time : times) {
                Instant slot = LocalSchedule.at(date, time, zone);
                if (slot.isAfter(after)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }
}
