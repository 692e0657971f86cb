package dev.tracking.core.port.out;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.calendar.WeekendsAndHolidays;
import dev.tracking.core.domain.identifier.AirportCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days at an airport, for reminders in local time. The default takes Saturday and Sunday off
 * everywhere; {@link #weekendsAndHolidays} adds holidays, for all airports and per airport.
 */
@FunctionalInterface
public interface BusinessCalendar {

    BusinessDays at(AirportCode airport);

    /** Saturdays and Sundays off everywhere, no holidays. */
    static BusinessCalendar weekendsOnly() {
        WeekendsAndHolidays days = WeekendsAndHolidays.saturdayAndSunday();
        return airport -> days;
    }

    /**
     * Saturdays and Sundays off, plus holidays that hold everywhere and holidays of single airports (such as a
     * national holiday of the destination's country, keyed by each of its airports).
     */
    static BusinessCalendar weekendsAndHolidays(Set<LocalDate> everywhere, Map<AirportCode, Set<LocalDate>> byAirport) {
        Set<LocalDate> common = Set.copyOf(everywhere);
        Map<AirportCode, Set<LocalDate>> local = Map.copyOf(byAirport);
        return airport -> {
            Set<LocalDate> holidays = new java.util.HashSet<>(common);
            holidays.addAll(local.getOrDefault(airport, Set.of()));
            return new WeekendsAndHolidays(WeekendsAndHolidays.SATURDAY_AND_SUNDAY, holidays);
        };
    }
}
