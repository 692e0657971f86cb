package dev.tracking.scheduler;

import java.util.Objects;

/**
 * Runs the jobs of one type. A handler that returns completes its job; one that throws fails the attempt, which is
 * retried with backoff until the job's attempts are used up and it is dead. Throw {@link PermanentJobFailure} when
 * trying again cannot help: the job is dead at once.
 */
public interface JobHandler {

    /** The job type this handler runs, such as {@code email}. */
    String type();

    void handle(JobContext context) throws Exception;

    /** What a handler does, as a lambda. */
    @FunctionalInterface
    interface Work {
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
