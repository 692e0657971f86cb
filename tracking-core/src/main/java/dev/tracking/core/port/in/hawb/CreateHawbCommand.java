package dev.tracking.core.port.in.hawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.HawbNumber;

/** Create a HAWB under a MAWB. */
public record CreateHawbCommand(MawbId mawbId, HawbNumber hawbNumber, HawbDetails details) {

    public CreateHawbCommand {
        Check.start().notNull(mawbId, "mawbId").notNull(hawbNumber, "hawbNumber").notNull(details, "details")
                .orThrow();
    }
}
