package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.port.out.JobScheduler;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JobScheduler} over {@code scheduled_jobs} ({@link ScheduledJobEntity}), in the caller's unit of work. A job is
 * inserted unless a live job has its idempotency key ({@link ScheduledJobInserts}), without a failed statement, so the
 * caller's unit goes on either way; its payload is written as a JSON object by the adapter's Jackson mapper, the one
 * {@link Jackson3JsonFormatMapper} reads it back with. Waiting jobs are listed and cancelled by a literal key prefix:
 * {@code live_idempotency_key LIKE 'prefix%' ESCAPE '\'} with the prefix's wildcards escaped
 * ({@link LikePattern#startingWith}), which PostgreSQL serves from {@code scheduled_jobs_live_key_prefix_idx}.
 * Cancelling is one bulk update that stamps {@code updated_at} with the database's current timestamp (the adapter has
 * no clock of its own); listed rows are detached at once, so that no managed copy goes stale under it.
 */
final class JpaJobScheduler implements JobScheduler {

    static final String ENTITY = "job";

    /** The statuses of a job that will still run and may be cancelled. */
    private static final List<String> WAITING = Stream.of(JobStatus.values())
            .filter(JobStatus::isWaiting)
            .map(Enum::name)
            .toList();

    private final EntityManagerBinding units;
    private final ScheduledJobInserts inserts;
    private final ObjectWriter payloadWriter;

    JpaJobScheduler(EntityManagerBinding units, ScheduledJobInserts inserts, JsonMapper jsonMapper) {
        this.units = Objects.requireNonNull(units, "units");
        this.inserts = Objects.requireNonNull(inserts, "inserts");
        this.payloadWriter = Objects.requireNonNull(jsonMapper, "jsonMapper")
                .writerFor(new TypeReference<Map<String, String>>() {
                });
    }

    @Override
    public boolean schedule(JobRequest job) {
        Objects.requireNonNull(job, "job");
        String payload = payloadWriter.writeValueAsString(job.payload());
        WriteTarget target = WriteTarget.insertOf(ENTITY, job.id()).unique("idempotencyKey",
                String.valueOf(job.idempotencyKey()));
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target,
                () -> inserts.insertUnlessLive(em, job, payload)));
    }

    @Override
    public int cancel(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        // HQL's instant is the database's current_timestamp (on PostgreSQL the transaction's start)
        return units.inUnitOfWork(em -> em
                .createQuery("update ScheduledJobEntity j set j.status = :cancelled, j.updatedAt = instant"
                        + " where j.status in :waiting and "
                        + LikePattern.startsWith("j.liveIdempotencyKey", ":prefix"))
                .setParameter("cancelled", JobStatus.CANCELLED.name())
                .setParameter("waiting", WAITING)
                .setParameter("prefix", LikePattern.startingWith(keyPrefix))
                .executeUpdate());
    }

    @Override
    public List<PlannedJob> pending(String keyPrefix) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return units.inUnitOfWork(em -> {
            List<ScheduledJobEntity> rows = em
                    .createQuery("select j from ScheduledJobEntity j where j.status in :waiting and "
                            + LikePattern.startsWith("j.liveIdempotencyKey", ":prefix") + " order by j.runAt, j.id",
                            ScheduledJobEntity.class)
                    .setParameter("waiting", WAITING)
                    .setParameter("prefix", LikePattern.startingWith(keyPrefix))
                    .getResultList();
            rows.forEach(em::detach);
            return rows.stream().map(JpaJobScheduler::toPlanned).toList();
        });
    }

    private static PlannedJob toPlanned(ScheduledJobEntity row) {
        return new PlannedJob(row.id, row.jobType, row.payload, row.runAt, row.idempotencyKey,
                JobStatus.valueOf(row.status), row.attempts);
    }
}
