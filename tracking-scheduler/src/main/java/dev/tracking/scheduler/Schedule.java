package dev.tracking.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a {@link RecurringJob} occurs. Occurrences are a pure function of time, never of when an engine started, so
 * every node computes the same ones:
 *
 * <ul>
 *   <li>{@link #fixedInterval(Duration)}: every interval, aligned to the epoch ({@code 1970-01-01T00:00Z}); every hour
 *       means on the hour, every 15 minutes at :00, :15, :30 and :45 UTC.</li>
 *   <li>{@link #dailyAt(ZoneId, LocalTime...)}: at local times of day in a time zone, by the zone's rules. A time that
 *       falls in a daylight-saving gap happens as much later as the gap is long (02:30 on a spring-forward night in
 *       Berlin is 03:30 CEST); a time that occurs twice on a fall-back night happens once, at its first (summer-time)
 *       occurrence.</li>
 * </ul>
 */
public sealed interface Schedule permits FixedIntervalSchedule, DailyAtSchedule {

    /** The first occurrence strictly after {@code instant}. */
    Instant nextAfter(Instant instant);

    /**
     * Every {@code interval}, aligned to the epoch.
     *
     * @param interval at least one second, in whole milliseconds
     */
    static Schedule fixedInterval(Duration interval) {
        return new FixedIntervalSchedule(interval);
    }

    /**
     * Every day at each of {@code times} in {@code zone}.
     *
     * @param times one or more local times of day
     */
    static Schedule dailyAt(ZoneId zone, LocalTime... times) {
        return new DailyAtSchedule(zone, times == null ? null : java.util.List.of(times));
    }
}
