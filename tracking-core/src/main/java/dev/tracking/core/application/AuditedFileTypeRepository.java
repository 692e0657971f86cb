package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every file type stored or changed. */
final class AuditedFileTypeRepository implements FileTypeRepository {

    private final FileTypeRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedFileTypeRepository(FileTypeRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public FileType insert(FileType fileType) {
        return transactions.inTransaction(() -> {
            FileType stored = delegate.insert(fileType);
            audit.record(AuditEntity.FILE_TYPE, stored.code(), AuditAction.INSERT, null, stored);
            audit.remember(AuditEntity.FILE_TYPE, stored.code(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public FileType update(FileType fileType) {
        return transactions.inTransaction(() -> {
            FileType before = audit.readBefore(AuditEntity.FILE_TYPE, fileType.code(), FileType.class,
                    fileType.version(), FileType::version)
                    .or(() -> delegate.findByCode(fileType.code())).orElse(null);
            FileType stored = delegate.update(fileType);
            audit.record(AuditEntity.FILE_TYPE, stored.code(), AuditAction.UPDATE, before, stored);
            audit.remember(AuditEntity.FILE_TYPE, stored.code(), Optional.of(stored));
            return stored;
        });
    }

    @Override
    public Optional<FileType> findByCode(String code) {
        return audit.remember(AuditEntity.FILE_TYPE, code, delegate.findByCode(code));
    }

    @Override
    public List<FileType> findAll() {
        return delegate.findAll();
    }
}
