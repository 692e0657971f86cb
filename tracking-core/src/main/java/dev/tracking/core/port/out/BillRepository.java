package dev.tracking.core.port.out;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import java.util.List;
import java.util.Optional;

/** Stores bills. Implementations must pass {@code BillRepositoryContract}. */
public interface BillRepository {

    Bill insert(Bill bill);

    /** Stores a changed bill when its version is current; returns it at the next version. */
    Bill update(Bill bill);

    Optional<Bill> findById(BillId id);

    /** A MAWB's bills, oldest first. */
    List<Bill> findByMawb(MawbId mawbId);

    /** The open bills of a type, oldest first (by creation time, then id). */
    List<Bill> findOpen(BillType type);

    /** Open bills of a type, counted and summed per currency, by currency code. */
    List<OpenBillTotal> totalsOfOpen(BillType type);
}
