package dev.tracking.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Occurrences are a pure function of time: the same on every node, DST-safe. */
class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aFixedIntervalIsAlignedToTheEpoch() {
        Schedule hourly = Schedule.fixedInterval(Duration.ofHours(1));
        Schedule quarterly = Schedule.fixedInterval(Duration.ofMinutes(15));

        assertThat(hourly.nextAfter(Instant.parse("2025-03-14T10:20:30.5Z")))
                .isEqualTo(Instant.parse("2025-03-14T11:00:00Z"));
        assertThat(hourly.nextAfter(Instant.parse("2025-03-14T11:00:00Z")))
                .as("strictly after").isEqualTo(Instant.parse("2025-03-14T12:00:00Z"));
        assertThat(quarterly.nextAfter(Instant.parse("2025-03-14T10:07:00Z")))
                .isEqualTo(Instant.parse("2025-03-14T10:15:00Z"));
        assertThat(Schedule.fixedInterval(Duration.ofSeconds(7)).nextAfter(Instant.ofEpochSecond(1)))
                .isEqualTo(Instant.ofEpochSecond(7));
    }

    @Test
    void everyNodeComputesTheSameNextOccurrenceWheneverItLooks() {
        Schedule every10Minutes = Schedule.fixedInterval(Duration.ofMinutes(10));
        Instant expected = Instant.parse("2025-03-14T09:10:00Z");
        for (int second = 0; second < 600; second += 37) {
            assertThat(every10Minutes.nextAfter(Instant.parse("2025-03-14T09:00:00Z").plusSeconds(second)))
                    .isEqualTo(expected);
        }
    }

    @Test
    void aDailyTimeInTheSpringForwardGapHappensAsMuchLaterAsTheGapIsLong() {
        Schedule at0230 = Schedule.dailyAt(BERLIN, LocalTime.of(2, 30));

        assertThat(occurrences(at0230, Instant.parse("2025-03-28T12:00:00Z"), 3)).containsExactly(
                Instant.parse("2025-03-29T01:30:00Z"),   // 02:30 CET
                Instant.parse("2025-03-30T01:30:00Z"),   // 02:30 does not exist: 03:30 CEST
                Instant.parse("2025-03-31T00:30:00Z"));  // 02:30 CEST
    }

    @Test
    void aDailyTimeThatOccursTwiceOnTheFallBackNightHappensOnceAtItsFirstOccurrence() {
        Schedule at0230 = Schedule.dailyAt(BERLIN, LocalTime.of(2, 30));

        assertThat(occurrences(at0230, Instant.parse("2025-10-25T12:00:00Z"), 2)).containsExactly(
                Instant.parse("2025-10-26T00:30:00Z"),   // 02:30 CEST, the first of the two
                Instant.parse("2025-10-27T01:30:00Z"));  // 02:30 CET
    }

    @Test
    void severalTimesADayInOrderWhateverTheOrderGiven() {
        Schedule twice = Schedule.dailyAt(ZoneId.of("America/Chicago"), LocalTime.of(15, 30), LocalTime.of(7, 0),
                LocalTime.of(7, 0));

        assertThat(occurrences(twice, Instant.parse("2025-03-14T00:00:00Z"), 4)).containsExactly(
                Instant.parse("2025-03-14T12:00:00Z"), Instant.parse("2025-03-14T20:30:00Z"),
                Instant.parse("2025-03-15T12:00:00Z"), Instant.parse("2025-03-15T20:30:00Z"));
    }

    @Test
    void aTimeInTheGapAndALaterOneTheSameNightBothHappen() {
        Schedule both = Schedule.dailyAt(BERLIN, LocalTime.of(2, 30), LocalTime.of(3, 15));

        assertThat(occurrences(both, Instant.parse("2025-03-29T23:00:00Z"), 2)).containsExactly(
                Instant.parse("2025-03-30T01:15:00Z"),   // 03:15 CEST
                Instant.parse("2025-03-30T01:30:00Z"));  // 02:30, shifted to 03:30 CEST
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> Schedule.fixedInterval(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one second");
        assertThatThrownBy(() -> Schedule.fixedInterval(Duration.ofSeconds(1).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milliseconds");
        assertThatThrownBy(() -> Schedule.dailyAt(BERLIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.dailyAt(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRecurringJobKeysEachOccurrenceByItsNameAndInstant() {
        RecurringJob cleanup = RecurringJob.of("cleanup", "cleanup", Schedule.fixedInterval(Duration.ofHours(24)))
                .withPayload(Map.of("scope", "all")).withMaxAttempts(3);

        assertThat(cleanup.keyOf(Instant.parse("2025-03-15T00:00:00Z")))
                .isEqualTo("recurring:cleanup:2025-03-15T00:00:00Z");
        assertThat(cleanup.keyPrefix()).isEqualTo("recurring:cleanup:");
        assertThat(cleanup.payload()).containsEntry("scope", "all");
        assertThat(cleanup.maxAttempts()).isEqualTo(3);
        assertThatThrownBy(() -> RecurringJob.of("a:b", "cleanup", Schedule.fixedInterval(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> RecurringJob.of("x".repeat(65), "t", Schedule.fixedInterval(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecurringJob.of("ok", "t", Schedule.fixedInterval(Duration.ofHours(1)))
                .withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Instant> occurrences(Schedule schedule, Instant from, int count) {
        List<Instant> found = new ArrayList<>();
        Instant at = from;
        for (int i = 0; i < count; i++) {
            at = schedule.nextAfter(at);
            found.add(at);
        }
        return found;
    }
}
