package dev.tracking.core.port.out;

import dev.tracking.core.domain.filetype.FileType;
import java.util.List;
import java.util.Optional;

/** Stores file types. Implementations must pass {@code FileTypeRepositoryContract}. */
public interface FileTypeRepository {

    /** Stores a new file type at version 1; a taken code is a DuplicateException (field {@code code}). */
    FileType insert(FileType fileType);

    /** Stores a changed file type when its version is current. */
    FileType update(FileType fileType);

    Optional<FileType> findByCode(String code);

    /** All file types by code. */
    List<FileType> findAll();
}
