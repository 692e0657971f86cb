package dev.tracking.core.port.in.bill;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import java.util.List;

/** Charges against MAWBs: ISC, storage, trucking, duty. */
public interface BillUseCases {

    /** @throws dev.tracking.core.domain.common.NotFoundException when the MAWB does not exist */
    Bill create(CreateBillCommand command);

    /**
     * @throws dev.tracking.core.domain.common.ValidationException      without a payment reference, or when the bill
     *                                                                  is not open
     * @throws dev.tracking.core.domain.common.VersionConflictException when the expected version is stale
     */
    Bill markPaid(SettleBillCommand command);

    /** Voids an open bill. */
    Bill voidBill(SettleBillCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when there is no such bill */
    Bill get(BillId id);

    /** @throws dev.tracking.core.domain.common.NotFoundException when the MAWB does not exist */
    List<Bill> listForMawb(MawbId mawbId);

    /** The open bills of a type across all MAWBs, oldest first (such as the unpaid ISC bills). */
    List<Bill> listOpen(BillType type);
}
