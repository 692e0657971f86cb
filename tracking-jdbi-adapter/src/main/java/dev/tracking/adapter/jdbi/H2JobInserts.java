package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * H2, which has no {@code ON CONFLICT} in its default mode: looks the key up among the live jobs first and inserts
 * only when it is free. A job with the key that a racing transaction inserted and has not committed yet is invisible
 * to the look-up, but H2 makes the insert wait for that transaction: when it commits, the insert violates
 * {@code scheduled_jobs_live_idempotency_key_uq}, is rolled back to a savepoint taken before it, and the answer is
 * false, so the caller's transaction goes on; when it rolls back, the insert goes through. A job without a key is
 * inserted straight away.
 */
final class H2JobInserts implements JobInserts {

    private static final String SAVEPOINT = "scheduled_jobs";

    private static final String LIVE = """
            SELECT COUNT(*) FROM scheduled_jobs WHERE live_idempotency_key = :idempotency_key
            """;

    private final String insert = INSERT.formatted(Dialect.H2.jsonParameter("payload"));

    @Override
    public boolean insertUnlessKeyLive(Handle handle, JobRequest job, String payload) {
        if (job.idempotencyKey() == null) {
            JobInserts.bind(handle.createUpdate(insert), job, payload).execute();
            return true;
        }
        if (isLive(handle, job.idempotencyKey())) {
            return false;
        }
        handle.savepoint(SAVEPOINT);
        try {
            JobInserts.bind(handle.createUpdate(insert), job, payload).execute();
            handle.releaseSavepoint(SAVEPOINT);
            return true;
        } catch (JdbiException failure) {
            if (!SqlErrors.violates(failure, UniqueConstraint.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ)) {
                throw failure;
            }
            handle.rollbackToSavepoint(SAVEPOINT);
            return false;
        }
    }

    private static boolean isLive(Handle handle, String key) {
        return handle.createQuery(LIVE).bind("idempotency_key", key).mapTo(Long.class).one() > 0;
    }
}
