package dev.tracking.spring.web.api.dto;

import java.util.List;

/** A job with every attempt it made. */
public record JobDetailsResponse(
        JobResponse job,
        List<JobAttemptDto> attempts) {
}
