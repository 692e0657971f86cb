package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.Collection;
import java.util.List;

/** Writes an audit entry for every event stored (duplicates are not stored, so they leave none). */
final class AuditedEventRepository implements TrackingEventRepository {

    private final TrackingEventRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedEventRepository(TrackingEventRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public List<TrackingEvent> insertNew(List<TrackingEvent> events) {
        return transactions.inTransaction(() -> {
            List<TrackingEvent> stored = delegate.insertNew(events);
            stored.forEach(e -> audit.record(AuditEntity.TRACKING_EVENT, e.id().toString(), AuditAction.INSERT,
                    null, e));
            return stored;
        });
    }

    @Override
    public List<TrackingEvent> findBySubjects(Collection<ShipmentRef> subjects) {
        return delegate.findBySubjects(subjects);
    }
}
