package dev.tracking.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock that stands still until a test moves it; safe to read from several threads. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock to {@code instant} (backwards too). */
    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    /** Moves the clock on by {@code duration}. */
    public synchronized void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a settable clock keeps UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
