package dev.tracking.core.port.in.hawb;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.port.in.common.Page;

/** Everything a caller can do with HAWBs. */
public interface HawbUseCases {

    /**
     * Creates a HAWB in status CREATED.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException  when the MAWB does not exist
     * @throws dev.tracking.core.domain.common.DuplicateException when the number is taken within the MAWB
     */
    Hawb create(CreateHawbCommand command);

    /** Replaces the details; a stale expected version is a VersionConflictException. */
    Hawb update(UpdateHawbCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when there is no such HAWB */
    Hawb get(HawbId id);

    /** One keyset page of HAWBs. */
    Page<Hawb> list(ListHawbsCommand command);
}
