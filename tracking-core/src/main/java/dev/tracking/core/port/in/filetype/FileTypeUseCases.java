package dev.tracking.core.port.in.filetype;

import dev.tracking.core.domain.filetype.FileType;
import java.util.List;

/** Managing the kinds of documents the platform accepts. */
public interface FileTypeUseCases {

    /**
     * Registers a new file type (expected version 0) or changes an existing one (the version read).
     *
     * @throws dev.tracking.core.domain.common.DuplicateException       when registering a code that exists
     * @throws dev.tracking.core.domain.common.VersionConflictException when the expected version is stale
     */
    FileType save(SaveFileTypeCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when there is no such code */
    FileType get(String code);

    List<FileType> list();
}
