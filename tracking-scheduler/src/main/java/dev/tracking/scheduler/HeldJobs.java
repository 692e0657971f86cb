package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this instance holds, from its claim until their outcome is recorded or they are given back.
 *
 * <p>Each claim is held on its own (by identity, not by job id): when a job's lease ran out while its handler still
 * ran here and this instance claimed the job again, both claims hold a worker and count against the type's
 * concurrency limit until each is done, and ending one never drops the other.
 */
final class HeldJobs {

    private final Set<HeldJob> jobs = ConcurrentHashMap.newKeySet();

    HeldJob add(Job job) {
        HeldJob held = new HeldJob(job);
        jobs.add(held);
        return held;
    }

    void remove(HeldJob done) {
        jobs.remove(done);
    }

    void removeAll(Collection<HeldJob> done) {
        done.forEach(jobs::remove);
    }

    boolean contains(HeldJob held) {
        return jobs.contains(held);
    }

    List<HeldJob> all() {
        return List.copyOf(jobs);
    }

    List<HeldJob> inState(HeldJob.State state) {
        return jobs.stream().filter(held -> held.state() == state).toList();
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    /** How many jobs hold or wait for a worker thread. */
    int occupyingWorkers() {
        return (int) jobs.stream().filter(HeldJob::occupiesAWorker).count();
    }

    /** How many jobs of {@code type} hold or wait for a worker thread. */
    int occupyingWorkers(String type) {
        return (int) jobs.stream()
                .filter(held -> held.occupiesAWorker() && held.job().type().equals(type))
                .count();
    }

    /** How many handlers run. */
    int running() {
        return inState(HeldJob.State.RUNNING).size();
    }

    /** How many handlers of {@code type} run. */
    int running(String type) {
        return (int) jobs.stream()
                .filter(held -> held.state() == HeldJob.State.RUNNING && held.job().type().equals(type))
                .count();
    }
}
