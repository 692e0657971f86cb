package dev.tracking.core.port.in.bill;

import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.Check;

/**
 * Mark an open bill paid (with a payment reference) or void it (without one), based on the version read.
 */
public record SettleBillCommand(BillId billId, long expectedVersion, String paymentReference) {

    public SettleBillCommand {
        Check.start()
                .notNull(billId, "billId")
                .that(expectedVersion > 0, "expectedVersion", "must be the version read, 1 or more")
                .orThrow();
        paymentReference = Check.optionalText(paymentReference, "paymentReference", 100);
    }
}
