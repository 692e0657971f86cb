package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.job.JobStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Set;

/** Counts by status, how long the longest-waiting due job has waited (ISO-8601 duration) and the paused types. */
public record JobStatisticsResponse(
        Map<JobStatus, Long> countsByStatus,
        @Schema(example = "PT0S") String oldestDueLag,
        Set<String> pausedTypes) {
}
