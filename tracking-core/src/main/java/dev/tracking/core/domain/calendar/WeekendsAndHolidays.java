package dev.tracking.core.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days are the days that are neither a weekend day nor a holiday.
 *
 * @param weekend  the days of the week nobody works (Saturday and Sunday in most places; Friday and Saturday in
 *                 much of the Gulf)
 * @param holidays dates nobody works
 */
public record WeekendsAndHolidays(Set<DayOfWeek> weekend, Set<LocalDate> holidays) implements BusinessDays {

    public static final Set<DayOfWeek> SATURDAY_AND_SUNDAY = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public WeekendsAndHolidays {
        weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        holidays = Set.copyOf(holidays);
        if (weekend.size() == 7) {
            throw new IllegalArgumentException("a week needs at least one working day");
        }
    }

    /** Saturdays and Sundays off, no holidays. */
    public static WeekendsAndHolidays saturdayAndSunday() {
        return new WeekendsAndHolidays(SATURDAY_AND_SUNDAY, Set.of());
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
