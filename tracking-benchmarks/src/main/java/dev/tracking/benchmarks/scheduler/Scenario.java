package dev.tracking.benchmarks.scheduler;

import java.time.Duration;
import java.time.Instant;

/**
 * A workload to be laid out when its trial's database is ready: {@code jobs} jobs, the first due {@code lead} after
 * the moment they are inserted, the rest {@code spacing} apart.
 */
record Scenario(String name, int jobs, Duration lead, Duration spacing) {

    /** {@code jobs} jobs all due at the moment they are inserted, so a backlog when the engines start. */
    static Scenario backlog(int jobs) {
        return new Scenario("backlog", jobs, Duration.ZERO, Duration.ZERO);
    }

    /** {@code rate} jobs a second for {@code seconds}, the first due {@code lead} after they are inserted. */
    static Scenario paced(int rate, int seconds, Duration lead) {
        if (rate < 1 || seconds < 1) {
            throw new IllegalArgumentException("rate and seconds must be 1 or more: " + rate + ", " + seconds);
        }
        return new Scenario("paced", rate * seconds, lead, Duration.ofNanos(1_000_000_000L / rate));
    }

    boolean isBacklog() {
        return spacing.isZero();
    }

    Workload at(Instant now) {
        return new Workload(name, jobs, now.plus(lead), spacing);
    }
}
