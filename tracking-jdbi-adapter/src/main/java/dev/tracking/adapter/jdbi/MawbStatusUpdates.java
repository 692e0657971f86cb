package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Stores the status states of many MAWBs at once, the dialect's way. */
interface MawbStatusUpdates {

    /** The order rows are changed in, the same in every transaction, so that racing batches cannot deadlock. */
    Comparator<MawbStatusChange> LOCK_ORDER = (a, b) -> Uuids.compare(a.id().value(), b.id().value());

    /**
     * Writes every change whose version is still the stored one and returns the ids written.
     *
     * @param changes non-empty, one per MAWB
     */
    Set<MawbId> update(Handle handle, List<MawbStatusChange> changes);
}
