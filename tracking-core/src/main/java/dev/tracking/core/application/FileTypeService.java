package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.in.filetype.FileTypeUseCases;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.core.port.out.FileTypeRepository;
import java.util.List;
import java.util.Locale;

/** Registers and maintains the kinds of documents the platform accepts. */
public final class FileTypeService implements FileTypeUseCases {

    private static final String ENTITY = "file type";

    private final FileTypeRepository fileTypes;
    private final ServiceSupport support;

    public FileTypeService(FileTypeRepository fileTypes, ServiceSupport support) {
        this.fileTypes = fileTypes;
        this.support = support;
    }

    @Override
    public FileType save(SaveFileTypeCommand command) {
        support.require(Feature.FILETYPES_WRITE);
        return support.inTransaction(() -> {
            if (command.expectedVersion() == 0) {
                return fileTypes.insert(command.toFileType());
            }
            FileType current = load(command.code());
            Versions.requireCurrent(ENTITY, command.code(), command.expectedVersion(), current.version());
            return fileTypes.update(command.toFileType());
        });
    }

    @Override
    public FileType get(String code) {
        support.require(Feature.ATTACHMENTS_READ);
        return load(code);
    }

    private FileType load(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return fileTypes.findByCode(normalized).orElseThrow(() -> new NotFoundException(ENTITY, normalized));
    }

    @Override
    public List<FileType> list() {
        support.require(Feature.ATTACHMENTS_READ);
        return fileTypes.findAll();
    }
}
