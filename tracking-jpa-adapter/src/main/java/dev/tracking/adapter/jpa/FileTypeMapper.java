package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.filetype.FileType;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Maps {@link FileType} to {@link FileTypeEntity} and back; sets are stored as sorted comma-separated lists. */
final class FileTypeMapper {

    private static final String SEPARATOR = ",";

    static FileTypeEntity toNewEntity(FileType fileType) {
        FileTypeEntity entity = new FileTypeEntity();
        entity.code = fileType.code();
        copyChangeable(fileType, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    static void copyChangeable(FileType fileType, FileTypeEntity entity) {
        entity.name = fileType.name();
        entity.extensions = join(fileType.extensions());
        entity.mediaTypes = join(fileType.mediaTypes());
        entity.maxSizeBytes = fileType.maxSizeBytes();
    }

    static FileType toDomain(FileTypeEntity entity) {
        return new FileType(entity.code, entity.name, split(entity.extensions), split(entity.mediaTypes),
                entity.maxSizeBytes, entity.version);
    }

    private static String join(Set<String> values) {
        return String.join(SEPARATOR, new TreeSet<>(values));
    }

    private static Set<String> split(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private FileTypeMapper() {
    }
}
