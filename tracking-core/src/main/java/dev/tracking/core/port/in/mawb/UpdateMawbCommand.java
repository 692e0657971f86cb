package dev.tracking.core.port.in.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mawb.MawbDetails;

/** Replace a MAWB's details, based on the version the caller read. */
public record UpdateMawbCommand(MawbId id, long expectedVersion, MawbDetails details) {

    public UpdateMawbCommand {
        Check.start()
                .notNull(id, "id")
                .that(expectedVersion > 0, "expectedVersion", "must be the version read, 1 or more")
                .notNull(details, "details")
                .orThrow();
    }
}
