package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every HAWB stored or changed, in the same unit of work. */
final class AuditedHawbRepository implements HawbRepository {

    private final HawbRepository delegate;
    private final AuditedWrites<Hawb> writes;

    AuditedHawbRepository(HawbRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.HAWB, Hawb.class, h -> h.id().toString(), Hawb::version, audit,
                transactions);
    }

    @Override
    public Hawb insert(Hawb hawb) {
        return writes.insert(hawb, delegate::insert);
    }

    @Override
    public Hawb update(Hawb hawb) {
        return writes.update(hawb, h -> delegate.findById(h.id()), delegate::update);
    }

    @Override
    public Optional<Hawb> findById(HawbId id) {
        return writes.read(delegate.findById(id));
    }

    @Override
    public Optional<Hawb> findByNumber(MawbId mawbId, HawbNumber number) {
        return delegate.findByNumber(mawbId, number);
    }

    @Override
    public List<Hawb> findByMawb(MawbId mawbId) {
        return delegate.findByMawb(mawbId);
    }

    @Override
    public List<Hawb> list(HawbCriteria criteria, HawbSort sort, Keyset after, int limit) {
        return delegate.list(criteria, sort, after, limit);
    }
}
