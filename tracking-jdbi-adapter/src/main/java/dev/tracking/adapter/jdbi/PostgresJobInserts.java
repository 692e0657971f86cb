package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobRequest;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: one {@code INSERT ... ON CONFLICT ON CONSTRAINT scheduled_jobs_live_idempotency_key_uq DO NOTHING}. A
 * key a concurrent transaction inserted makes this one wait for it, then insert nothing if it committed or insert the
 * job if it rolled back. Any other conflict (a taken id) is still an error.
 */
final class PostgresJobInserts implements JobInserts {

    private final String insert = INSERT.formatted(Dialect.POSTGRESQL.jsonParameter("payload"))
            + "ON CONFLICT ON CONSTRAINT scheduled_jobs_live_idempotency_key_uq DO NOTHING\n";

    @Override
    public boolean insertUnlessKeyLive(Handle handle, JobRequest job, String payload) {
        return JobInserts.bind(handle.createUpdate(insert), job, payload).execute() > 0;
    }
}
