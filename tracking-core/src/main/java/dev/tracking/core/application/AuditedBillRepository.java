package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every bill stored or changed. */
final class AuditedBillRepository implements BillRepository {

    private final BillRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedBillRepository(BillRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Bill insert(Bill bill) {
        return transactions.inTransaction(() -> {
            Bill stored = delegate.insert(bill);
            audit.record(AuditEntity.BILL, stored.id().toString(), AuditAction.INSERT, null, stored);
            audit.remember(AuditEntity.BILL, stored.id().toString(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Bill update(Bill bill) {
        return transactions.inTransaction(() -> {
            String id = bill.id().toString();
            Bill before = audit.readBefore(AuditEntity.BILL, id, Bill.class, bill.version(), Bill::version)
                    .or(() -> delegate.findById(bill.id())).orElse(null);
            Bill stored = delegate.update(bill);
            audit.record(AuditEntity.BILL, stored.id().toString(), AuditAction.UPDATE, before, stored);
            audit.remember(AuditEntity.BILL, stored.id().toString(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Optional<Bill> findById(BillId id) {
        return audit.remember(AuditEntity.BILL, id.toString(), delegate.findById(id));
    }

    @Override
    public List<Bill> findByMawb(MawbId mawbId) {
        return delegate.findByMawb(mawbId);
    }

    @Override
    public List<OpenBillTotal> totalsOfOpen(BillType type) {
        return delegate.totalsOfOpen(type);
    }
}
