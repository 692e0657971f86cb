package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.status.StatusState;
import java.time.Instant;
import java.util.Objects;

/**
 * A MAWB's new status state, as events set it: all a status update writes.
 *
 * @param version   the version the change was made from (the stored one, for optimistic locking)
 * @param updatedAt when the change was made
 */
public record MawbStatusChange(MawbId id, long version, StatusState state, Instant updatedAt) {

    public MawbStatusChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
