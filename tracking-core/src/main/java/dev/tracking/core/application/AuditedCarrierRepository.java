package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every carrier stored or changed; API keys are redacted by name. */
final class AuditedCarrierRepository implements CarrierRepository {

    private final CarrierRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedCarrierRepository(CarrierRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Carrier insert(Carrier carrier) {
        return transactions.inTransaction(() -> {
            Carrier stored = delegate.insert(carrier);
            audit.record(AuditEntity.CARRIER, stored.designator(), AuditAction.INSERT, null, stored);
            audit.remember(AuditEntity.CARRIER, stored.designator(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Carrier update(Carrier carrier) {
        return transactions.inTransaction(() -> {
            Carrier before = audit.readBefore(AuditEntity.CARRIER, carrier.designator(), Carrier.class,
                    carrier.version(), Carrier::version)
                    .or(() -> delegate.findByDesignator(carrier.designator())).orElse(null);
            Carrier stored = delegate.update(carrier);
            audit.record(AuditEntity.CARRIER, stored.designator(), AuditAction.UPDATE, before, stored);
            audit.remember(AuditEntity.CARRIER, stored.designator(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Optional<Carrier> findByDesignator(String designator) {
        return audit.remember(AuditEntity.CARRIER, designator, delegate.findByDesignator(designator));
    }

    @Override
    public Optional<Carrier> findByAwbPrefix(String awbPrefix) {
        return delegate.findByAwbPrefix(awbPrefix);
    }

    @Override
    public List<Carrier> findAll() {
        return delegate.findAll();
    }
}
