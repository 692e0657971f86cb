package dev.tracking.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysGrowByTheFactorUpToTheMaximum() {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10));

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::delayAfter)).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                Duration.ofSeconds(480), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(10_000)).as("no overflow").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterSpreadsADelayByUpToItsRatioBothWaysButNeverBeyondTheMaximum() {
        Backoff base = Backoff.exponential(Duration.ofSeconds(10), 3.0, Duration.ofSeconds(60)).withJitter(0.2);

        assertThat(base.withRandom(() -> 0.0).delayAfter(1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(base.withRandom(() -> 0.5).delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(base.withRandom(() -> 0.75).delayAfter(2)).isEqualTo(Duration.ofSeconds(33));
        assertThat(base.withRandom(() -> 1.0).delayAfter(1)).isEqualTo(Duration.ofSeconds(12));
        assertThat(base.withRandom(() -> 1.0).delayAfter(3)).as("90 s capped to 60 s, then +20 % capped")
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(base.withRandom(() -> 0.0).delayAfter(3)).isEqualTo(Duration.ofSeconds(48));
        assertThat(base.withRandom(() -> 7.0).delayAfter(1)).as("out-of-range draws are clamped")
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void theDefaultRandomJitterStaysWithinItsBounds() {
        Backoff backoff = Backoff.defaults();
        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.delayAfter(1)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
        }
    }

    @Test
    void theDefaultsAreThirtySecondsDoublingToAnHourWithTwentyPercentJitter() {
        Backoff backoff = Backoff.defaults();

        assertThat(backoff.initialDelay()).isEqualTo(Backoff.DEFAULT_INITIAL_DELAY).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.factor()).isEqualTo(Backoff.DEFAULT_FACTOR).isEqualTo(2.0);
        assertThat(backoff.maxDelay()).isEqualTo(Backoff.DEFAULT_MAX_DELAY).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.jitterRatio()).isEqualTo(Backoff.DEFAULT_JITTER_RATIO).isEqualTo(0.2);
        assertThat(backoff.withRandom(() -> 0.5).delayAfter(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void fixedAndNone() {
        assertThat(Backoff.fixed(Duration.ofMinutes(5)).delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.fixed(Duration.ofMinutes(5)).delayAfter(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.none().delayAfter(3)).isZero();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(-1), 2, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialDelay");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(10), 2, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(1), Double.NaN, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> Backoff.defaults().withJitter(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.defaults().delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.defaults().withRandom(null)).isInstanceOf(NullPointerException.class);
    }
}
