package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.job.JobAttempt;
import java.time.OffsetDateTime;

/** One run of a job. */
public record JobAttemptDto(
        int attempt,
        String owner,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        JobAttempt.Outcome outcome,
        String error) {
}
