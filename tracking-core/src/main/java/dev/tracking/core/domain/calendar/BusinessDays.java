package dev.tracking.core.domain.calendar;

import java.time.LocalDate;

/** Which days are working days at one place. Reminders that fall on another day move to a working day. */
@FunctionalInterface
public interface BusinessDays {

    boolean isBusinessDay(LocalDate date);

    /** {@code date} if it is a working day, else the working day before it. */
    default LocalDate previousOrSame(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < 366 && !isBusinessDay(day); i++) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code date} if it is a working day, else the working day after it. */
    default LocalDate nextOrSame(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < 366 && !isBusinessDay(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first working day after {@code date}. */
    default LocalDate next(LocalDate date) {
        return nextOrSame(date.plusDays(1));
    }
}
