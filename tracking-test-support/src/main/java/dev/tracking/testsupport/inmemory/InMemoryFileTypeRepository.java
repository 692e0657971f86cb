package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FileTypeRepository} in memory, keyed by code. Build it over the {@link InMemoryStore} the other repositories
 * share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryFileTypeRepository implements FileTypeRepository {

    static final String ENTITY = "file type";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryFileTypeRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public FileType insert(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        return store.apply(t -> {
            if (t.fileTypes.containsKey(fileType.code())) {
                throw new DuplicateException(ENTITY, "code", fileType.code());
            }
            FileType stored = fileType.withVersion(1);
            t.fileTypes.put(stored.code(), stored);
            return stored;
        });
    }

    @Override
    public FileType update(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        return store.apply(t -> {
            FileType current = t.fileTypes.get(fileType.code());
            if (current == null) {
                throw new NotFoundException(ENTITY, fileType.code());
            }
            if (current.version() != fileType.version()) {
                throw new VersionConflictException(ENTITY, fileType.code(), fileType.version());
            }
            FileType stored = fileType.withVersion(current.version() + 1);
            t.fileTypes.put(stored.code(), stored);
            return stored;
        });
    }

    @Override
    public Optional<FileType> findByCode(String code) {
        return store.apply(t -> Optional.ofNullable(t.fileTypes.get(code)));
    }

    @Override
    public List<FileType> findAll() {
        return store.apply(t -> t.fileTypes.values().stream()
                .sorted(Comparator.comparing(FileType::code))
                .toList());
    }
}
