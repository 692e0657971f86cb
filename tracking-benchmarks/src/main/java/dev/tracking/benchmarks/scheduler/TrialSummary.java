package dev.tracking.benchmarks.scheduler;

import java.util.Comparator;
import java.util.List;

/**
 * The rounds of one contender, engine count and scenario, and the one that stands for them: the best, by throughput
 * for a backlog and by p99 latency for a paced scenario. Other programs on the machine only ever slow a round down, so
 * the best round is the least disturbed one.
 */
record TrialSummary(List<TrialResult> rounds) {

    TrialSummary {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("no rounds");
        }
        rounds = List.copyOf(rounds);
    }

    TrialResult representative() {
        Comparator<TrialResult> worstFirst = first().workload().spacing().isZero()
                ? Comparator.comparingDouble(TrialResult::jobsPerSecond)
                : Comparator.comparingDouble(result -> -result.latencies().percentileMillis(99));
        return rounds.stream().max(worstFirst).orElseThrow();
    }

    TrialResult first() {
        return rounds.get(0);
    }

    boolean sameAs(TrialResult result) {
        TrialResult first = first();
        return first.contender().equals(result.contender())
                && first.setup().engines() == result.setup().engines()
                && first.workload().name().equals(result.workload().name());
    }
}
