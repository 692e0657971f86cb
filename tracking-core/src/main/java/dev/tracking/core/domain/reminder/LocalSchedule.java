package dev.tracking.core.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a local date and time at a place into an instant. Daylight saving is the time zone database's: a time that
 * does not exist on the day the clocks go forward moves forward by the gap; a time that happens twice on the day they
 * go back is taken the first time.
 */
public final class LocalSchedule {

    private LocalSchedule() {
    }

    public static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
