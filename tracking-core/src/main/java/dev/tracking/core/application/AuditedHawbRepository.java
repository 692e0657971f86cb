package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
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
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedHawbRepository(HawbRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Hawb insert(Hawb hawb) {
        return transactions.inTransaction(() -> {
            Hawb stored = delegate.insert(hawb);
            audit.record(AuditEntity.HAWB, stored.id().toString(), AuditAction.INSERT, null, stored);
            audit.remember(AuditEntity.HAWB, stored.id().toString(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Hawb update(Hawb hawb) {
        return transactions.inTransaction(() -> {
            String id = hawb.id().toString();
            Hawb before = audit.readBefore(AuditEntity.HAWB, id, Hawb.class, hawb.version(), Hawb::version)
                    .or(() -> delegate.findById(hawb.id())).orElse(null);
            Hawb stored = delegate.update(hawb);
            audit.record(AuditEntity.HAWB, stored.id().toString(), AuditAction.UPDATE, before, stored);
            audit.remember(AuditEntity.HAWB, stored.id().toString(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Optional<Hawb> findById(HawbId id) {
        return audit.remember(AuditEntity.HAWB, id.toString(), delegate.findById(id));
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
