package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes an audit entry for every MAWB stored or changed, in the same unit of work. */
final class AuditedMawbRepository implements MawbRepository {

    private final MawbRepository delegate;
    private final AuditedWrites<Mawb> writes;

    AuditedMawbRepository(MawbRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.MAWB, Mawb.class, m -> m.id().toString(), Mawb::version, audit,
                transactions);
    }

    @Override
    public Mawb insert(Mawb mawb) {
        return writes.insert(mawb, delegate::insert);
    }

    @Override
    public Mawb update(Mawb mawb) {
        return writes.update(mawb, m -> delegate.findById(m.id()), delegate::update);
    }

    @Override
    public void updateStatuses(List<MawbStatusChange> changes) {
        writes.updateAll(changes, MawbStatusChange::version, change -> change.id().toString(),
                (stored, change) -> stored.withStatusState(change.state(), change.updatedAt())
                        .withVersion(change.version() + 1),
                change -> delegate.findById(change.id()), delegate::updateStatuses);
    }

    @Override
    public Optional<Mawb> findById(MawbId id) {
        return writes.read(delegate.findById(id));
    }

    @Override
    public List<Mawb> findAllById(Collection<MawbId> ids) {
        return writes.readAll(delegate.findAllById(ids));
    }

    @Override
    public Optional<Mawb> findByNumber(AwbNumber number) {
        return delegate.findByNumber(number);
    }

    @Override
    public List<Mawb> list(MawbCriteria criteria, MawbSort sort, Keyset after, int limit) {
        return delegate.list(criteria, sort, after, limit);
    }

    @Override
    public Map<ShipmentStatus, Long> countByStatus() {
        return delegate.countByStatus();
    }

    @Override
    public List<ArrivalSlot> findArrivals(Instant from, Instant to) {
        return delegate.findArrivals(from, to);
    }

    @Override
    public List<LastFreeDayCount> countUndeliveredByLastFreeDay(LocalDate upTo) {
        return delegate.countUndeliveredByLastFreeDay(upTo);
    }
}
