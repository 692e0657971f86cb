package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The jobs this instance holds, from its claim until their outcome is recorded or they are given back. */
final class HeldJobs {

    private final Map<UUID, HeldJob> jobs = new ConcurrentHashMap<>();

    HeldJob add(Job job) {
        HeldJob held = new HeldJob(job);
        jobs.put(job.id(), held);
        return held;
    }

    void remove(UUID id) {
        jobs.remove(id);
    }

    void removeAll(Collection<HeldJob> done) {
        done.forEach(held -> jobs.remove(held.job().id(), held));
    }

    boolean contains(HeldJob held) {
        return jobs.get(held.job().id()) == held;
    }

    List<HeldJob> all() {
        return List.copyOf(jobs.values());
    }

    List<HeldJob> inState(HeldJob.State state) {
        return jobs.values().stream().filter(held -> held.state() == state).toList();
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    /** How many jobs hold or wait for a worker thread. */
    int occupyingWorkers() {
        return (int) jobs.values().stream().filter(HeldJob::occupiesAWorker).count();
    }

    /** How many jobs of {@code type} hold or wait for a worker thread. */
    int occupyingWorkers(String type) {
        return (int) jobs.values().stream()
                .filter(held -> held.occupiesAWorker() && held.job().type().equals(type))
                .count();
    }

    /** How many handlers run. */
    int running() {
        return inState(HeldJob.State.RUNNING).size();
    }

    /** How many handlers of {@code type} run. */
    int running(String type) {
        return (int) jobs.values().stream()
                .filter(held -> held.state() == HeldJob.State.RUNNING && held.job().type().equals(type))
                .count();
    }
}
