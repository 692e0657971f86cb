package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link FileTypeRepository} over {@link FileTypeEntity}. */
final class JpaFileTypeRepository implements FileTypeRepository {

    static final String ENTITY = "file type";

    private final EntityManagerBinding units;

    JpaFileTypeRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public FileType insert(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        WriteTarget target = WriteTarget.insertOf(ENTITY, fileType.code()).unique("code", fileType.code());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(FileTypeMapper.toNewEntity(fileType));
            em.flush();
            return fileType.withVersion(Versions.FIRST);
        }));
    }

    @Override
    public FileType update(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        WriteTarget target = WriteTarget.updateOf(ENTITY, fileType.code(), fileType.version());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<FileTypeEntity> update = OptimisticUpdate.of(em, FileTypeEntity.class, fileType.code(),
                    target, row -> row.version);
            FileTypeMapper.copyChangeable(fileType, update.row());
            update.flush();
            return FileTypeMapper.toDomain(update.row());
        }));
    }

    @Override
    public Optional<FileType> findByCode(String code) {
        Objects.requireNonNull(code, "code");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(FileTypeEntity.class, code))
                .map(FileTypeMapper::toDomain));
    }

    /**
     * By code as Java orders strings. Sorted here, not in SQL: a linguistic collation (such as PostgreSQL's
     * {@code en_US.UTF-8}) skips the underscores these codes hold and would order them differently.
     */
    @Override
    public List<FileType> findAll() {
        return units.inUnitOfWork(em -> em
                .createQuery("select f from FileTypeEntity f", FileTypeEntity.class)
                .getResultStream()
                .map(FileTypeMapper::toDomain)
                .sorted(Comparator.comparing(FileType::code))
                .toList());
    }
}
