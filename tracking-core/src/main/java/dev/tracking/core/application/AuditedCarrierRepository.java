package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every carrier stored or changed; API keys are redacted by name. */
final class AuditedCarrierRepository implements CarrierRepository {

    private final CarrierRepository delegate;
    private final AuditedWrites<Carrier> writes;

    AuditedCarrierRepository(CarrierRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.CARRIER, Carrier.class, Carrier::designator, Carrier::version, audit,
                transactions);
    }

    @Override
    public Carrier insert(Carrier carrier) {
        return writes.insert(carrier, delegate::insert);
    }

    @Override
    public Carrier update(Carrier carrier) {
        return writes.update(carrier, c -> delegate.findByDesignator(c.designator()), delegate::update);
    }

    @Override
    public Optional<Carrier> findByDesignator(String designator) {
        return writes.read(delegate.findByDesignator(designator));
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
