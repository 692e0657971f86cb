package dev.tracking.adapter.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A list of a MAWB's details kept in a child table keyed by {@code (mawb_id, seq)}, {@code seq} being the position in
 * the list. Written in one JDBC batch; read for many MAWBs in one query.
 *
 * @param <T> the list's element
 */
abstract class MawbChildTable<T> {

    /** Inserts one element: parameters {@code :mawb_id}, {@code :seq} and the element's columns. */
    abstract String insertSql();

    /** Deletes a MAWB's elements: parameter {@code :mawb_id}. */
    abstract String deleteSql();

    /**
     * Selects the elements of the MAWBs listed in {@code <mawb_ids>} with their {@code mawb_id}, ordered by
     * {@code mawb_id, seq}.
     */
    abstract String selectSql();

    /** Binds an element's own columns. */
    abstract void bind(PreparedBatch batch, T element);

    /** Reads an element from the current row. */
    abstract T read(ResultSet rs) throws SQLException;

    final void insert(Handle handle, UUID mawbId, List<T> elements) {
        if (elements.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(insertSql());
        for (int seq = 0; seq < elements.size(); seq++) {
            batch.bind("mawb_id", mawbId).bind("seq", seq);
            bind(batch, elements.get(seq));
            batch.add();
        }
        batch.execute();
    }

    final void delete(Handle handle, UUID mawbId) {
        handle.createUpdate(deleteSql()).bind("mawb_id", mawbId).execute();
    }

    /** The elements of each of the MAWBs, in list order; MAWBs without any are missing from the map. */
    final Map<UUID, List<T>> load(Handle handle, Collection<UUID> mawbIds) {
        Map<UUID, List<T>> byMawb = new HashMap<>();
        if (mawbIds.isEmpty()) {
            return byMawb;
        }
        handle.createQuery(selectSql())
                .bindList("mawb_ids", List.copyOf(mawbIds))
                .map((rs, ctx) -> Map.entry(Columns.uuid(rs, "mawb_id"), read(rs)))
                .forEach(row -> byMawb.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return byMawb;
    }
}
