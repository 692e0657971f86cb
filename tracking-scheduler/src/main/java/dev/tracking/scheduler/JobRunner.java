package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one held job on a worker thread: its handler with the job's id and type in the MDC, then its outcome. No
 * exception of a handler escapes (but a {@link VirtualMachineError}, after its outcome is recorded).
 */
final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, JobHandler> handlers;
    private final Clock clock;
    private final CompletionBuffer completions;
    private final FailureRecorder failures;
    private final SchedulerMetrics metrics;
    private final Runnable workerFreed;

    JobRunner(Map<String, JobHandler> handlers, Clock clock, CompletionBuffer completions, FailureRecorder failures,
            SchedulerMetrics metrics, Runnable workerFreed) {
        this.handlers = handlers;
        this.clock = clock;
        this.completions = completions;
        this.failures = failures;
        this.metrics = metrics;
        this.workerFreed = workerFreed;
    }

    void run(HeldJob held) {
        if (!held.start()) {
            return;
        }
        Job job = held.job();
        MdcScope mdc = MdcScope.of(job);
        try {
            Instant started = clock.instant();
            Throwable failure = runHandler(job);
            Duration handlerTime = nonNegative(Duration.between(started, clock.instant()));
            Thread.interrupted();
            if (!held.finish()) {
                LOG.warn("job {} ({}) finished after it was given back at shutdown; its outcome is not recorded",
                        job.id(), job.type());
                return;
            }
            workerFreed.run();
            recordOutcome(held, failure, handlerTime);
            if (failure instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            mdc.close();
        }
    }

    private Throwable runHandler(Job job) {
        try {
            LOG.debug("running attempt {} of {}", job.attempts(), job.maxAttempts());
            handlers.get(job.type()).handle(new JobContext(job.id(), job.type(), job.payload(), job.attempts(),
                    job.maxAttempts(), job.idempotencyKey(), job.runAt()));
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    private void recordOutcome(HeldJob held, Throwable failure, Duration handlerTime) {
        try {
            if (failure == null) {
                metrics.finished(held.job().type(), JobOutcome.COMPLETED, handlerTime);
                completions.add(held);
            } else {
                failures.record(held, failure, handlerTime);
            }
        } catch (RuntimeException e) {
            LOG.error("could not record the outcome of job {}; it runs again once its lease expires",
                    held.job().id(), e);
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
