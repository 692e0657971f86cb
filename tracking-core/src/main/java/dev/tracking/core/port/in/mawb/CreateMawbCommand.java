package dev.tracking.core.port.in.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.MawbDetails;

/** Create a MAWB. The carrier is the active carrier whose AWB prefix the number carries. */
public record CreateMawbCommand(AwbNumber awbNumber, MawbDetails details) {

    public CreateMawbCommand {
        Check.start().notNull(awbNumber, "awbNumber").notNull(details, "details").orThrow();
    }
}
