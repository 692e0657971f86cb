package dev.tracking.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Occurrences every {@code interval} since the epoch. */
record FixedIntervalSchedule(Duration interval) implements Schedule {

    FixedIntervalSchedule {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a recurring interval must be at least one second: " + interval);
        }
        if (interval.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a recurring interval must be whole milliseconds: " + interval);
        }
    }

    @Override
    public Instant nextAfter(Instant instant) {
        long millis = interval.toMillis();
        long periods = Math.floorDiv(instant.toEpochMilli(), millis);
        return Instant.ofEpochMilli(Math.multiplyExact(periods + 1, millis));
    }

    @Override
    public String toString() {
        return "every " + interval;
    }
}
