package dev.tracking.scheduler;

import java.util.Objects;

/**
 * Runs the jobs of one type. A handler that returns completes its job; one that throws fails the attempt, which is
 * retried with backoff until the job's attempts are used up and it is dead. Throw {@link PermanentJobFailure} when
 * trying again cannot help: the job is dead at once.
 *
 * <p>Handlers run on the engine's worker threads, several at once (up to the engine's thread count, and the type's
 * concurrency limit), so they must be thread-safe. Delivery is at least once: see {@link JobContext}. A handler that
 * calls the platform's use cases acts as whoever the host's {@code ActorProvider} returns on those threads; give
 * scheduled work {@code Actor.system()}, which holds every feature.
 */
public interface JobHandler {

    /** The job type this handler runs, such as {@code email}. */
    String type();

    /**
     * Does the job's work.
     *
     * @throws PermanentJobFailure when trying again cannot help (the job is dead at once)
     * @throws Exception           any other failure: the job is retried with backoff while it has attempts left
     */
    void handle(JobContext context) throws Exception;

    /** What a handler does, as a lambda. */
    @FunctionalInterface
    interface Work {
        /** Does the work of one job; see {@link JobHandler#handle}. */
        void run(JobContext context) throws Exception;
    }

    /** A handler of the type that does the work. */
    static JobHandler of(String type, Work work) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(work, "work");
        return new JobHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void handle(JobContext context) throws Exception {
                work.run(context);
            }

            @Override
            public String toString() {
                return "JobHandler[" + type + "]";
            }
        };
    }
}
