package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Stores MAWBs. Implementations must pass {@code MawbRepositoryContract}. */
public interface MawbRepository {

    /**
     * Stores a new MAWB and returns it at version 1.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when its AWB number is taken (field {@code awbNumber})
     */
    Mawb insert(Mawb mawb);

    /**
     * Stores a changed MAWB when {@code mawb.version()} is still the stored version; returns it at the next version.
     *
     * @throws dev.tracking.core.domain.common.VersionConflictException when the stored version differs
     * @throws dev.tracking.core.domain.common.NotFoundException when there is no such MAWB
     */
    Mawb update(Mawb mawb);

    /**
     * Stores the status states of MAWBs in one go (status, its time, customs status and the update time; nothing
     * else), each when its {@code version} is still the stored version; each is then at the next version. Either
     * every change is stored or, when one fails, the unit of work must roll back. The default applies them one by
     * one through {@link #update}; adapters store them in a few statements.
     *
     * @throws dev.tracking.core.domain.common.VersionConflictException when a stored version differs
     * @throws dev.tracking.core.domain.common.NotFoundException when one of the MAWBs does not exist
     */
    default void updateStatuses(List<MawbStatusChange> changes) {
        Objects.requireNonNull(changes, "changes");
        for (MawbStatusChange change : changes) {
            Mawb stored = findById(change.id())
                    .orElseThrow(() -> new NotFoundException("MAWB", change.id().toString()));
            update(new Mawb(stored.id(), stored.number(), stored.carrier(), stored.details(), stored.status(),
                    stored.statusAsOf(), stored.createdAt(), stored.updatedAt(), change.version())
                    .withStatusState(change.state(), change.updatedAt()));
        }
    }

    Optional<Mawb> findById(MawbId id);

    /**
     * The MAWBs with these ids, in no particular order; ids without a MAWB are left out. The default looks them up
     * one by one; adapters read them in a few statements.
     */
    default List<Mawb> findAllById(Collection<MawbId> ids) {
        Objects.requireNonNull(ids, "ids");
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    Optional<Mawb> findByNumber(AwbNumber number);

    /**
     * The MAWBs matching {@code criteria} in {@code sort} order that come after {@code after} (null for the first
     * page), at most {@code limit} of them. The order and the keyset condition are as {@link
     * dev.tracking.core.domain.common.Keyset} defines.
     */
    List<Mawb> list(MawbCriteria criteria, MawbSort sort, Keyset after, int limit);

    /** How many MAWBs there are of each status; statuses with none may be missing. */
    Map<ShipmentStatus, Long> countByStatus();

    /** Expected arrivals with an ETA in {@code [from, to)}. */
    List<ArrivalSlot> findArrivals(Instant from, Instant to);

    /** Counts of MAWBs not yet delivered whose last free day is on or before {@code upTo}, by destination and day. */
    List<LastFreeDayCount> countUndeliveredByLastFreeDay(LocalDate upTo);
}
