package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.BillChanged;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.in.bill.BillUseCases;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.MawbRepository;
import java.util.List;
import java.util.function.UnaryOperator;

/** Raises and settles charges against MAWBs. */
public final class BillService implements BillUseCases {

    private static final String ENTITY = "bill";

    private final BillRepository bills;
    private final MawbRepository mawbs;
    private final ServiceSupport support;

    public BillService(BillRepository bills, MawbRepository mawbs, ServiceSupport support) {
        this.bills = bills;
        this.mawbs = mawbs;
        this.support = support;
    }

    @Override
    public Bill create(CreateBillCommand command) {
        support.require(Feature.BILLS_WRITE);
        return support.inTransaction(() -> {
            requireMawb(command.mawbId());
            Bill stored = bills.insert(Bill.open(new BillId(support.newId()), command.mawbId(), command.type(),
                    command.amount(), command.dueDate(), support.now()));
            support.publish(new BillChanged(stored, support.now(), support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Bill markPaid(SettleBillCommand command) {
        support.require(Feature.BILLS_WRITE);
        if (command.paymentReference() == null) {
            throw new ValidationException("paymentReference", "must be given to mark a bill paid");
        }
        return settle(command, bill -> bill.markPaid(command.paymentReference(), support.now()));
    }

    @Override
    public Bill voidBill(SettleBillCommand command) {
        support.require(Feature.BILLS_WRITE);
        return settle(command, Bill::voided);
    }

    @Override
    public Bill get(BillId id) {
        support.require(Feature.BILLS_READ);
        return load(id);
    }

    private Bill load(BillId id) {
        return bills.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public List<Bill> listForMawb(MawbId mawbId) {
        support.require(Feature.BILLS_READ);
        return support.inTransaction(() -> {
            requireMawb(mawbId);
            return bills.findByMawb(mawbId);
        });
    }

    @Override
    public List<Bill> listOpen(BillType type) {
        support.require(Feature.BILLS_READ);
        Check.required(type, "type");
        return bills.findOpen(type);
    }

    private Bill settle(SettleBillCommand command, UnaryOperator<Bill> change) {
        return support.inTransaction(() -> {
            Bill current = load(command.billId());
            Versions.requireCurrent(ENTITY, command.billId(), command.expectedVersion(), current.version());
            Bill stored = bills.update(change.apply(current));
            support.publish(new BillChanged(stored, support.now(), support.actor().userId()));
            return stored;
        });
    }

    private void requireMawb(MawbId mawbId) {
        if (mawbs.findById(mawbId).isEmpty()) {
            throw new NotFoundException("MAWB", mawbId);
        }
    }
}
