package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.List;
import java.util.Optional;

/** Writes an audit entry for every file type stored or changed. */
final class AuditedFileTypeRepository implements FileTypeRepository {

    private final FileTypeRepository delegate;
    private final AuditedWrites<FileType> writes;

    AuditedFileTypeRepository(FileTypeRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.FILE_TYPE, FileType.class, FileType::code, FileType::version, audit,
                transactions);
    }

    @Override
    public FileType insert(FileType fileType) {
        return writes.insert(fileType, delegate::insert);
    }

    @Override
    public FileType update(FileType fileType) {
        return writes.update(fileType, f -> delegate.findByCode(f.code()), delegate::update);
    }

    @Override
    public Optional<FileType> findByCode(String code) {
        return writes.read(delegate.findByCode(code));
    }

    @Override
    public List<FileType> findAll() {
        return delegate.findAll();
    }
}
