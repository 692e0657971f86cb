package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.in.job.ListJobsCommand;
import dev.tracking.spring.web.api.dto.JobDetailsResponse;
import dev.tracking.spring.web.api.dto.JobResponse;
import dev.tracking.spring.web.api.dto.JobStatisticsResponse;
import dev.tracking.spring.web.api.dto.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The persistent jobs: what is scheduled, what failed and why; retrying, cancelling, pausing. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Jobs", description = "Scheduled jobs: list, details with attempts, retry, cancel, pause")
public class JobController {

    private final TrackingPlatform platform;

    public JobController(TrackingPlatform platform) {
        this.platform = platform;
    }

    @GetMapping
    @Operation(summary = "List jobs", description = "Needs jobs.read. Latest run time first; runAtFrom inclusive, "
            + "runAtTo exclusive.")
    public PageResponse<JobResponse> list(
            @RequestParam(required = false) Set<JobStatus> status,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime runAtFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime runAtTo,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        JobCriteria criteria = new JobCriteria(status, type, ApiMapper.instant(runAtFrom), ApiMapper.instant(runAtTo));
        return Lists.page(platform.jobs().list(new ListJobsCommand(criteria, Lists.page(cursor, limit))),
                ApiMapper::job);
    }

    @GetMapping("/stats")
    @Operation(summary = "Job statistics", description = "Needs jobs.read. Counts by status, the lag of the oldest "
            + "due job, the paused types.")
    public JobStatisticsResponse statistics() {
        return ApiMapper.statistics(platform.jobs().statistics(), platform.jobs().pausedTypes());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job with its attempts", description = "Needs jobs.read.")
    public JobDetailsResponse get(@PathVariable UUID id) {
        return ApiMapper.job(platform.jobs().get(id));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run a dead, failed or cancelled job again now", description = "Needs jobs.retry. 400 when "
            + "the job is running, completed or waiting; 409 when another live job has its idempotency key.")
    public JobResponse retry(@PathVariable UUID id) {
        return ApiMapper.job(platform.jobs().retry(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a waiting job", description = "Needs jobs.cancel. 400 when the job is not waiting.")
    public JobResponse cancel(@PathVariable UUID id) {
        return ApiMapper.job(platform.jobs().cancel(id));
    }

    @PutMapping("/paused-types/{type}")
    @Operation(summary = "Pause a job type", description = "Needs jobs.cancel. Engines stop claiming jobs of the "
            + "type; running ones finish.")
    public ResponseEntity<Void> pause(@PathVariable String type) {
        platform.jobs().pause(type);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/paused-types/{type}")
    @Operation(summary = "Resume a job type", description = "Needs jobs.retry.")
    public ResponseEntity<Void> resume(@PathVariable String type) {
        platform.jobs().resume(type);
        return ResponseEntity.noContent().build();
    }
}
