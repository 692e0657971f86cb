package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.HawbNumber;
import java.util.List;
import java.util.Optional;

/** Stores HAWBs. Implementations must pass {@code HawbRepositoryContract}. */
public interface HawbRepository {

    /**
     * Stores a new HAWB at version 1.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when its number is taken within its MAWB (field
     *                                                            {@code hawbNumber})
     */
    Hawb insert(Hawb hawb);

    /** Stores a changed HAWB when {@code hawb.version()} is current; returns it at the next version. */
    Hawb update(Hawb hawb);

    Optional<Hawb> findById(HawbId id);

    Optional<Hawb> findByNumber(MawbId mawbId, HawbNumber number);

    /** All HAWBs under one MAWB, by number. */
    List<Hawb> findByMawb(MawbId mawbId);

    /** As {@link MawbRepository#list}, for HAWBs. */
    List<Hawb> list(HawbCriteria criteria, HawbSort sort, Keyset after, int limit);
}
