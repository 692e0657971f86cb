package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: one {@code UPDATE ... FROM unnest(...)} over the changes as arrays, after locking the rows in id order.
 * Times travel as ISO-8601 text and are cast on the server.
 */
final class PostgresMawbStatusUpdates implements MawbStatusUpdates {

    private static final String UPDATE = """
            WITH changes AS (
                SELECT c.id, c.version, c.status, c.status_as_of, c.customs_status, c.updated_at
                FROM unnest(:ids, :versions, :statuses, CAST(:status_as_ofs AS timestamptz[]), :customs_statuses,
                            CAST(:updated_ats AS timestamptz[]))
                    AS c (id, version, status, status_as_of, customs_status, updated_at)
            ), locked AS (
                SELECT m.id FROM mawbs m WHERE m.id IN (SELECT id FROM changes) ORDER BY m.id FOR UPDATE
            )
            UPDATE mawbs m
            SET status = c.status, status_as_of = c.status_as_of, customs_status = c.customs_status,
                updated_at = c.updated_at, version = m.version + 1
            FROM changes c
            WHERE m.id = c.id AND m.version = c.version AND m.id IN (SELECT id FROM locked)
            RETURNING m.id
            """;

    @Override
    public Set<MawbId> update(Handle handle, List<MawbStatusChange> changes) {
        List<MawbStatusChange> ordered = changes.stream().sorted(LOCK_ORDER).toList();
        Set<MawbId> updated = new HashSet<>();
        handle.createQuery(UPDATE)
                .bindArray("ids", UUID.class, ordered.stream().map(c -> c.id().value()).toList())
                .bindArray("versions", Long.class, ordered.stream().map(MawbStatusChange::version).toList())
                .bindArray("statuses", String.class, ordered.stream().map(c -> c.state().status().name()).toList())
                .bindArray("status_as_ofs", String.class, ordered.stream().map(c -> text(c.state().asOf())).toList())
                .bindArray("customs_statuses", String.class,
                        ordered.stream().map(c -> c.state().customs().name()).toList())
                .bindArray("updated_ats", String.class, ordered.stream().map(c -> text(c.updatedAt())).toList())
                .map((rs, ctx) -> new MawbId(Columns.uuid(rs, "id")))
                .forEach(updated::add);
        return updated;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
