package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import org.slf4j.MDC;

/** Puts a job's id and type in the logging MDC ({@value #JOB_ID}, {@value #JOB_TYPE}) and takes them out again. */
final class MdcScope implements AutoCloseable {

    static final String JOB_ID = "jobId";
    static final String JOB_TYPE = "jobType";

    private final String previousId;
    private final String previousType;

    private MdcScope(Job job) {
        previousId = MDC.get(JOB_ID);
        previousType = MDC.get(JOB_TYPE);
        MDC.put(JOB_ID, job.id().toString());
        MDC.put(JOB_TYPE, job.type());
    }

    static MdcScope of(Job job) {
        return new MdcScope(job);
    }

    @Override
    public void close() {
        restore(JOB_ID, previousId);
        restore(JOB_TYPE, previousType);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
