package dev.tracking.benchmarks.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The jobs of one trial, laid out: job {@code i} (0-based) is due at {@code firstDue + i * spacing}, in whole
 * microseconds (both libraries store microseconds).
 *
 * @param name    the scenario's name
 * @param jobs    how many jobs
 * @param spacing between two consecutive due times; zero when all are due at once
 */
record Workload(String name, int jobs, Instant firstDue, Duration spacing) {

    Workload {
        Objects.requireNonNull(name, "name");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more: " + jobs);
        }
        firstDue = firstDue.truncatedTo(ChronoUnit.MICROS);
        if (spacing.isNegative()) {
            throw new IllegalArgumentException("spacing must not be negative: " + spacing);
        }
    }

    /** When job {@code index} is due, in microseconds since the epoch. */
    long dueMicros(int index) {
        return Micros.of(firstDue) + spacing.toNanos() * index / 1_000;
    }

    Instant due(int index) {
        return Micros.toInstant(dueMicros(index));
    }

    /** When the last job is due. */
    Instant lastDue() {
        return due(jobs - 1);
    }
}
