package dev.tracking.core.port.in.mawb;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.common.Page;

/** Everything a caller can do with MAWBs. */
public interface MawbUseCases {

    /**
     * Creates a MAWB in status CREATED.
     *
     * @throws dev.tracking.core.domain.common.ValidationException when no active carrier has the AWB prefix
     * @throws dev.tracking.core.domain.common.DuplicateException  when the AWB number exists
     */
    Mawb create(CreateMawbCommand command);

    /**
     * Replaces the details and returns the MAWB at its new version.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException        when there is no such MAWB
     * @throws dev.tracking.core.domain.common.VersionConflictException when the expected version is stale
     */
    Mawb update(UpdateMawbCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when there is no such MAWB */
    Mawb get(MawbId id);

    /** @throws dev.tracking.core.domain.common.NotFoundException when there is no such MAWB */
    Mawb getByNumber(AwbNumber number);

    /**
     * One page of MAWBs. Pages are keyset pages: rows inserted while a caller pages are neither repeated nor make
     * others skipped.
     *
     * @throws dev.tracking.core.domain.common.ValidationException when the cursor was not issued for this sort
     */
    Page<Mawb> list(ListMawbsCommand command);
}
