package dev.tracking.core.port.in.job;

import dev.tracking.core.domain.job.JobStatus;
import java.time.Duration;
import java.util.Map;

/**
 * How the job table stands.
 *
 * @param countsByStatus every status, with 0 for none
 * @param oldestDueLag   how long the longest-waiting due job has waited past its run time; zero when none is due
 */
public record JobStatistics(Map<JobStatus, Long> countsByStatus, Duration oldestDueLag) {

    public JobStatistics {
        countsByStatus = Map.copyOf(countsByStatus);
    }
}
