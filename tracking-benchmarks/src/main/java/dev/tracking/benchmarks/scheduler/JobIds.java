package dev.tracking.benchmarks.scheduler;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The ids of the SDK's benchmark jobs: random-looking UUIDs (their high half random, so the ids of jobs due at the
 * same time are in no particular order) whose low half is the job's index, so that a handler finds its ledger slot
 * without a lookup.
 */
final class JobIds {

    private final SplittableRandom random;

    JobIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    UUID next(int index) {
        return new UUID(random.nextLong(), index);
    }

    static int index(UUID id) {
        return (int) id.getLeastSignificantBits();
    }
}
