package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** H2 (in process, no round trips to save): one JDBC batch of single-row updates, in id order. */
final class H2MawbStatusUpdates implements MawbStatusUpdates {

    private static final String UPDATE = """
            UPDATE mawbs
            SET status = :status, status_as_of = :status_as_of, customs_status = :customs_status,
                updated_at = :updated_at, version = version + 1
            WHERE id = :id AND version = :version
            """;

    @Override
    public Set<MawbId> update(Handle handle, List<MawbStatusChange> changes) {
        List<MawbStatusChange> ordered = changes.stream().sorted(LOCK_ORDER).toList();
        PreparedBatch batch = handle.prepareBatch(UPDATE);
        for (MawbStatusChange change : ordered) {
            batch.bind("status", change.state().status().name())
                    .bind("status_as_of", change.state().asOf())
                    .bind("customs_status", change.state().customs().name())
                    .bind("updated_at", change.updatedAt())
                    .bind("id", change.id().value())
                    .bind("version", change.version())
                    .add();
        }
        int[] counts = batch.execute();
        Set<MawbId> updated = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                updated.add(ordered.get(i).id());
            }
        }
        return updated;
    }
}
