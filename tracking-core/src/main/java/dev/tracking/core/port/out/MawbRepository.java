package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    Optional<Mawb> findById(MawbId id);

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
