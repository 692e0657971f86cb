package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.measure.Money;
import java.util.Currency;

/** Maps {@link Bill} to {@link BillEntity} and back; {@link Money} restores the currency's scale. */
final class BillMapper {

    static BillEntity toNewEntity(Bill bill) {
        BillEntity entity = new BillEntity();
        entity.id = bill.id().value();
        copyChangeable(bill, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    /** Everything but the id and the version. */
    static void copyChangeable(Bill bill, BillEntity entity) {
        entity.mawbId = bill.mawbId().value();
        entity.billType = bill.type().name();
        entity.amount = bill.amount().amount();
        entity.currency = bill.amount().currency().getCurrencyCode();
        entity.dueDate = bill.dueDate();
        entity.status = bill.status().name();
        entity.paymentReference = bill.paymentReference();
        entity.paidAt = bill.paidAt();
        entity.createdAt = bill.createdAt();
    }

    static Bill toDomain(BillEntity entity) {
        return new Bill(BillId.of(entity.id), MawbId.of(entity.mawbId), BillType.valueOf(entity.billType),
                new Money(entity.amount, Currency.getInstance(entity.currency)), entity.dueDate,
                BillStatus.valueOf(entity.status), entity.paymentReference, entity.paidAt, entity.createdAt,
                entity.version);
    }

    private BillMapper() {
    }
}
