package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobApiTest extends ApiTestSupport {

    private static final String JOBS = BASE + "/jobs";

    /** A pending job of its own type, due an hour from now. */
    private UUID pendingJob(String type) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        ports.jobStore().schedule(new JobRequest(id, type, Map.of("mawbId", "x"), now.plus(Duration.ofHours(1)),
                null, 2, now));
        return id;
    }

    /** A dead job: scheduled, claimed, failed without a retry. */
    private UUID deadJob(String type) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        ports.jobStore().schedule(new JobRequest(id, type, Map.of(), now, null, 1, now));
        ports.jobStore().claimDue(new JobClaim("engine-1", now, now.plusSeconds(60), 10, Set.of(type)));
        ports.jobStore().fail("engine-1", id, "carrier API answered 503", null, now);
        return id;
    }

    private static String type() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void lists_jobs_by_type_and_status_and_reads_one_with_its_attempts() throws Exception {
        String type = type();
        UUID pending = pendingJob(type);
        UUID dead = deadJob(type);
        mvc.perform(get(JOBS).with(viewer()).param("type", type))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(pending.toString()));
        mvc.perform(get(JOBS).with(viewer()).param("type", type).param("status", "DEAD"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].lastError").value("carrier API answered 503"));
        mvc.perform(get(JOBS).with(viewer()).param("type", type).param("limit", "1"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty());
        getAsAdmin(JOBS + "/" + dead)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.job.status").value("DEAD"))
                .andExpect(jsonPath("$.job.runAt").value("2025-03-16T12:00:00Z"))
                .andExpect(jsonPath("$.attempts", hasSize(1)))
                .andExpect(jsonPath("$.attempts[0].outcome").value("FAILED"))
                .andExpect(jsonPath("$.attempts[0].owner").value("engine-1"));
        getAsAdmin(JOBS + "/stats").andExpect(status().isOk())
                .andExpect(jsonPath("$.countsByStatus.DEAD").isNumber())
                .andExpect(jsonPath("$.oldestDueLag").isNotEmpty());
    }

    @Test
    void names_bad_filters_and_answers_404_for_an_unknown_job() throws Exception {
        mvc.perform(get(JOBS).with(admin()).param("status", "SLEEPING")).andExpect(invalid("status"));
        mvc.perform(get(JOBS).with(admin()).param("runAtFrom", "2025-03-17T00:00:00Z")
                .param("runAtTo", "2025-03-16T00:00:00Z")).andExpect(invalid("runAtTo"));
        getAsAdmin(JOBS + "/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
        getAsAdmin(JOBS + "/nope").andExpect(invalid("id"));
    }

    @Test
    void cancels_a_waiting_job_and_retries_it() throws Exception {
        UUID id = pendingJob(type());
        mvc.perform(post(JOBS + "/" + id + "/cancel").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post(JOBS + "/" + id + "/cancel").with(admin()))
                .andExpect(invalid("status"));
        mvc.perform(post(JOBS + "/" + id + "/retry").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(post(JOBS + "/" + id + "/retry").with(admin()))
                .andExpect(invalid("status"));
        mvc.perform(post(JOBS + "/" + UUID.randomUUID() + "/retry").with(admin()))
                .andExpect(problem(404, "not-found"));
        mvc.perform(post(JOBS + "/" + UUID.randomUUID() + "/cancel").with(admin()))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void retries_a_dead_job() throws Exception {
        UUID id = deadJob(type());
        mvc.perform(post(JOBS + "/" + id + "/retry").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.maxAttempts").value(2));
    }

    @Test
    void pauses_and_resumes_a_type() throws Exception {
        String type = type();
        mvc.perform(put(JOBS + "/paused-types/" + type).with(admin())).andExpect(status().isNoContent());
        getAsAdmin(JOBS + "/stats").andExpect(jsonPath("$.pausedTypes", org.hamcrest.Matchers.hasItem(type)));
        mvc.perform(delete(JOBS + "/paused-types/" + type).with(admin())).andExpect(status().isNoContent());
        getAsAdmin(JOBS + "/stats").andExpect(jsonPath("$.pausedTypes",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(type))));
    }

    @Test
    void answers_403_naming_the_feature() throws Exception {
        UUID id = deadJob(type());
        mvc.perform(post(JOBS + "/" + id + "/retry").with(viewer()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("jobs.retry"));
        mvc.perform(post(JOBS + "/" + id + "/cancel").with(viewer()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("jobs.cancel"));
        mvc.perform(get(JOBS).with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("jobs.read"));
        mvc.perform(get(JOBS + "/" + id).with(uploader()))
                .andExpect(jsonPath("$.feature").value("jobs.read"));
    }
}
