package dev.tracking.benchmarks.scheduler;

import java.time.Instant;

/** Wall-clock instants as microseconds since the epoch: the precision both libraries store due times in. */
final class Micros {

    private Micros() {
    }

    static long of(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    static long now() {
        return of(Instant.now());
    }

    static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
