package dev.tracking.benchmarks.scheduler;

/**
 * How often the jobs of a trial ran.
 *
 * @param jobs     how many there were
 * @param missing  how many never ran
 * @param repeated how many ran more than once
 * @param most     the most runs of one job
 */
record RunCount(int jobs, int missing, int repeated, int most) {

    boolean exactlyOnce() {
        return missing == 0 && repeated == 0;
    }

    /** @throws IllegalStateException unless every job ran exactly once */
    void requireExactlyOnce(String trial) {
        if (!exactlyOnce()) {
            throw new IllegalStateException(trial + ": not every job ran exactly once: " + this);
        }
    }

    @Override
    public String toString() {
        return jobs + " jobs, " + missing + " never ran, " + repeated + " ran more than once (at most " + most + " times)";
    }
}
