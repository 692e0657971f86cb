package dev.tracking.core.port.in.bill;

import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.measure.Money;
import java.time.LocalDate;

/** Raise a bill against a MAWB. {@code dueDate} may be null. */
public record CreateBillCommand(MawbId mawbId, BillType type, Money amount, LocalDate dueDate) {

    public CreateBillCommand {
        Check.start()
                .notNull(mawbId, "mawbId")
                .notNull(type, "type")
                .notNull(amount, "amount")
                .that(amount == null || amount.amount().signum() > 0, "amount", "must be greater than zero")
                .orThrow();
    }
}
