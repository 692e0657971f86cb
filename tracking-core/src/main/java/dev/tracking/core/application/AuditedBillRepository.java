package dev.tracking.core.application;

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
    private final AuditedWrites<Bill> writes;

    AuditedBillRepository(BillRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.BILL, Bill.class, b -> b.id().toString(), Bill::version, audit,
                transactions);
    }

    @Override
    public Bill insert(Bill bill) {
        return writes.insert(bill, delegate::insert);
    }

    @Override
    public Bill update(Bill bill) {
        return writes.update(bill, b -> delegate.findById(b.id()), delegate::update);
    }

    @Override
    public Optional<Bill> findById(BillId id) {
        return writes.read(delegate.findById(id));
    }

    @Override
    public List<Bill> findByMawb(MawbId mawbId) {
        return delegate.findByMawb(mawbId);
    }

    @Override
    public List<Bill> findOpen(BillType type) {
        return delegate.findOpen(type);
    }

    @Override
    public List<OpenBillTotal> totalsOfOpen(BillType type) {
        return delegate.totalsOfOpen(type);
    }
}
