package dev.tracking.core.application;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every attachment stored. */
final class AuditedAttachmentRepository implements AttachmentRepository {

    private final AttachmentRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedAttachmentRepository(AttachmentRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Attachment insert(Attachment attachment) {
        return transactions.inTransaction(() -> {
            Attachment stored = delegate.insert(attachment);
            audit.record(AuditEntity.ATTACHMENT, stored.id().toString(), AuditAction.INSERT, null, stored);
            return stored;
        });
    }

    @Override
    public Optional<Attachment> findById(AttachmentId id) {
        return delegate.findById(id);
    }

    @Override
    public List<Attachment> findByOwner(ShipmentRef owner) {
        return delegate.findByOwner(owner);
    }
}
