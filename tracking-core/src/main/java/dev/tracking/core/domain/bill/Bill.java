package dev.tracking.core.domain.bill;

import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.measure.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A charge against a MAWB. Open bills can be paid or voided once; paid and void bills do not change again.
 *
 * @param dueDate          may be null
 * @param paymentReference set when paid
 * @param paidAt           set when paid
 */
public record Bill(BillId id, MawbId mawbId, BillType type, Money amount, LocalDate dueDate, BillStatus status,
        String paymentReference, Instant paidAt, Instant createdAt, long version) {

    public Bill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mawbId, "mawbId");
        Check.required(type, "type");
        Check.required(amount, "amount");
        if (amount.amount().signum() <= 0) {
            throw new ValidationException("amount", "must be greater than zero");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Bill open(BillId id, MawbId mawbId, BillType type, Money amount, LocalDate dueDate, Instant now) {
        return new Bill(id, mawbId, type, amount, dueDate, BillStatus.OPEN, null, null, now, 0);
    }

    public Bill markPaid(String reference, Instant at) {
        requireOpen();
        String ref = Check.requiredText(reference, "paymentReference", 100);
        return new Bill(id, mawbId, type, amount, dueDate, BillStatus.PAID, ref, at, createdAt, version);
    }

    public Bill voided() {
        requireOpen();
        return new Bill(id, mawbId, type, amount, dueDate, BillStatus.VOID, null, null, createdAt, version);
    }

    public boolean isOpen() {
        return status == BillStatus.OPEN;
    }

    public Bill withVersion(long newVersion) {
        return new Bill(id, mawbId, type, amount, dueDate, status, paymentReference, paidAt, createdAt, newVersion);
    }

    private void requireOpen() {
        if (status != BillStatus.OPEN) {
            throw new ValidationException("status", "bill " + id + " is " + status + ", only OPEN bills change");
        }
    }
}
