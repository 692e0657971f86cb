package dev.tracking.scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long a failed job waits before its next attempt: exponential growth from an initial delay by a factor, capped
 * at a maximum, spread by a random jitter so that jobs that failed together do not all come back at once.
 *
 * <p>The delay after attempt {@code n} (1 for the first) is {@code min(max, base × (1 + jitter × (2u − 1)))} where
 * {@code base = min(max, initial × factor^(n−1))} and {@code u} is drawn from the random source in {@code [0, 1)}: the
 * jitter spreads a delay by up to {@code ±jitter × base}, never beyond the maximum. A random source that always gives
 * {@code 0.5} makes the delays exact, for tests.
 *
 * <pre>{@code
 * Backoff.exponential(Duration.ofSeconds(30), 2.0, Duration.ofHours(1)).withJitter(0.2)   // the default
 * Backoff.fixed(Duration.ofMinutes(5))
 * Backoff.none()                                                                         // retry at once
 * }</pre>
 *
 * Instances are immutable and thread-safe (as long as the random source is).
 */
public final class Backoff {

    /** The default delay after the first failed attempt: 30 seconds. */
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(30);
    /** The default growth of the delay from one attempt to the next: doubling. */
    public static final double DEFAULT_FACTOR = 2.0;
    /** The default longest delay: 1 hour. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofHours(1);
    /** The default jitter: delays spread by up to ±20 %. */
    public static final double DEFAULT_JITTER_RATIO = 0.2;

    private static final Backoff DEFAULT = exponential(DEFAULT_INITIAL_DELAY, DEFAULT_FACTOR, DEFAULT_MAX_DELAY)
            .withJitter(DEFAULT_JITTER_RATIO);

    private final Duration initialDelay;
    private final double factor;
    private final Duration maxDelay;
    private final double jitterRatio;
    private final DoubleSupplier random;

    private Backoff(Duration initialDelay, double factor, Duration maxDelay, double jitterRatio,
            DoubleSupplier random) {
        this.initialDelay = initialDelay;
        this.factor = factor;
        this.maxDelay = maxDelay;
        this.jitterRatio = jitterRatio;
        this.random = random;
    }

    /**
     * The default backoff: {@value #DEFAULT_FACTOR}-fold from 30 seconds, at most 1 hour, jitter
     * {@value #DEFAULT_JITTER_RATIO}.
     */
    public static Backoff defaults() {
        return DEFAULT;
    }

    /**
     * Delays growing by {@code factor} from {@code initialDelay}, at most {@code maxDelay}; without jitter until
     * {@link #withJitter} adds it.
     *
     * @throws IllegalArgumentException when a delay is negative, {@code maxDelay} is shorter than
     *                                  {@code initialDelay}, or {@code factor} is below 1 or not finite
     */
    public static Backoff exponential(Duration initialDelay, double factor, Duration maxDelay) {
        requireNotNegative(initialDelay, "initialDelay");
        requireNotNegative(maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than initialDelay");
        }
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number of at least 1: " + factor);
        }
        return new Backoff(initialDelay, factor, maxDelay, 0.0, ThreadLocalRandom.current()::nextDouble);
    }

    /** The same delay after every attempt (until {@link #withJitter} spreads it). */
    public static Backoff fixed(Duration delay) {
        return exponential(delay, 1.0, delay);
    }

    /** No delay: a failed job may run again at once. */
    public static Backoff none() {
        return fixed(Duration.ZERO);
    }

    /**
     * This backoff with its delays spread by up to {@code ±ratio} of themselves.
     *
     * @param ratio 0 (no jitter) to 1
     */
    public Backoff withJitter(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("the jitter ratio must be between 0 and 1: " + ratio);
        }
        return new Backoff(initialDelay, factor, maxDelay, ratio, random);
    }

    /**
     * This backoff drawing its jitter from {@code source}, which gives numbers in {@code [0, 1)} (values outside are
     * clamped); the default is {@link ThreadLocalRandom}.
     */
    public Backoff withRandom(DoubleSupplier source) {
        return new Backoff(initialDelay, factor, maxDelay, jitterRatio, Objects.requireNonNull(source, "source"));
    }

    /**
     * How long to wait after the failed attempt {@code attempt} before the next one.
     *
     * @param attempt 1 for the first attempt
     */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        double maxNanos = maxDelay.toNanos();
        double base = Math.min(maxNanos, initialDelay.toNanos() * Math.pow(factor, attempt - 1.0));
        double u = Math.max(0.0, Math.min(1.0, random.getAsDouble()));
        double jittered = base * (1.0 + jitterRatio * (2.0 * u - 1.0));
        return Duration.ofNanos(Math.round(Math.max(0.0, Math.min(maxNanos, jittered))));
    }

    /** The delay after the first failed attempt (before jitter). */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** How much each delay grows from the one before. */
    public double factor() {
        return factor;
    }

    /** The longest delay, jitter included. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** How far delays are spread, as a fraction of themselves (0 to 1). */
    public double jitterRatio() {
        return jitterRatio;
    }

    @Override
    public String toString() {
        return "Backoff[initial=" + initialDelay + ", factor=" + factor + ", max=" + maxDelay + ", jitter="
                + jitterRatio + "]";
    }

    private static void requireNotNegative(Duration delay, String name) {
        Objects.requireNonNull(delay, name);
        if (delay.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + delay);
        }
    }
}
