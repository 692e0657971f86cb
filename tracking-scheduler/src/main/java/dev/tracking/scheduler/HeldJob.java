package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A job this instance claimed and holds under its lease, and where it stands here. The state changes by
 * compare-and-set, so a worker starting a job and a shutdown giving it back never both win.
 */
final class HeldJob {

    enum State {
        /** Claimed, waiting for a worker thread. */
        CLAIMED,
        /** Its handler runs. */
        RUNNING,
        /** Its handler returned; the outcome is being (or waits to be) recorded. */
        FINISHING,
        /** Given back to the store unfinished (shutting down); its outcome is not recorded. */
        RELEASED
    }

    private final Job job;
    private final AtomicReference<State> state = new AtomicReference<>(State.CLAIMED);
    private final AtomicBoolean lost = new AtomicBoolean();

    HeldJob(Job job) {
        this.job = job;
    }

    Job job() {
        return job;
    }

    State state() {
        return state.get();
    }

    /** A worker takes it up; false when it was given back first. */
    boolean start() {
        return state.compareAndSet(State.CLAIMED, State.RUNNING);
    }

    /** Its handler returned; false when it was given back while running (the shutdown timed out). */
    boolean finish() {
        return state.compareAndSet(State.RUNNING, State.FINISHING);
    }

    /** Gives it back before a worker took it up; false when one did. */
    boolean releaseUnstarted() {
        return state.compareAndSet(State.CLAIMED, State.RELEASED);
    }

    /** Gives it back while its handler still runs (the shutdown timed out); false when it finished first. */
    boolean releaseRunning() {
        return state.compareAndSet(State.RUNNING, State.RELEASED);
    }

    /** Whether it holds (or waits for) a worker thread. */
    boolean occupiesAWorker() {
        State current = state.get();
        return current == State.CLAIMED || current == State.RUNNING;
    }

    /** Marks that a heartbeat found it taken over; true the first time only. */
    boolean markLost() {
        return lost.compareAndSet(false, true);
    }

    @Override
    public String toString() {
        return "HeldJob[" + job.id() + ", " + job.type() + ", " + state.get() + "]";
    }
}
