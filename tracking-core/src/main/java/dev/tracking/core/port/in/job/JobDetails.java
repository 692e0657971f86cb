package dev.tracking.core.port.in.job;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import java.util.List;

/** A job and every attempt it made, first to last, with their errors. */
public record JobDetails(Job job, List<JobAttempt> attempts) {

    public JobDetails {
        attempts = List.copyOf(attempts);
    }
}
