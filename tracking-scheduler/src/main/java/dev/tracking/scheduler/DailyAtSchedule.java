package dev.tracking.scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Occurrences every day at local times in a zone; {@link ZonedDateTime#of} resolves gaps and overlaps. */
record DailyAtSchedule(ZoneId zone, List<LocalTime> times) implements Schedule {

    DailyAtSchedule {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(times, "times");
        if (times.isEmpty()) {
            throw new IllegalArgumentException("a daily schedule needs at least one time of day");
        }
        times.forEach(t -> Objects.requireNonNull(t, "times"));
        times = List.copyOf(new TreeSet<>(times));
    }

    @Override
    public Instant nextAfter(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zone).minusDays(1);
        Instant next = null;
        for (int offset = 0; offset <= 3; offset++) {
            for (LocalTime time : times) {
                Instant candidate = ZonedDateTime.of(day.plusDays(offset), time, zone).toInstant();
                if (candidate.isAfter(instant) && (next == null || candidate.isBefore(next))) {
                    next = candidate;
                }
            }
        }
        return next;
    }

    @Override
    public String toString() {
        return "daily at " + times + " " + zone;
    }
}
