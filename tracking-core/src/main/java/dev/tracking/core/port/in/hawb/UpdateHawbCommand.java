package dev.tracking.core.port.in.hawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.hawb.HawbDetails;

/** Replace a HAWB's details, based on the version the caller read. */
public record UpdateHawbCommand(HawbId id, long expectedVersion, HawbDetails details) {

    public UpdateHawbCommand {
        Check.start()
                .notNull(id, "id")
                .that(expectedVersion > 0, "expectedVersion", "must be the version read, 1 or more")
                .notNull(details, "details")
                .orThrow();
    }
}
