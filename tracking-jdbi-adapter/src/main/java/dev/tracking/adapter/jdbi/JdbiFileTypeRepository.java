package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/** File types in {@code file_types}, keyed by code. */
final class JdbiFileTypeRepository implements FileTypeRepository {

    private static final String ENTITY = "file type";

    private static final String INSERT = """
            INSERT INTO file_types (code, name, extensions, media_types, max_size_bytes, version)
            VALUES (:code, :name, :extensions, :media_types, :max_size_bytes, 1)
            """;

    private static final String UPDATE = """
            UPDATE file_types
            SET name = :name, extensions = :extensions, media_types = :media_types,
                max_size_bytes = :max_size_bytes, version = version + 1
            WHERE code = :code AND version = :version
            """;

    private static final String COUNT_BY_CODE = """
            SELECT COUNT(*) FROM file_types WHERE code = :key
            """;

    private static final String SELECT = """
            SELECT code, name, extensions, media_types, max_size_bytes, version
            FROM file_types
            """;

    private static final String BY_CODE = SELECT + "WHERE code = :code";
    private static final String ALL_BY_CODE = SELECT + "ORDER BY code";

    private static final FileTypeRowMapper MAPPER = new FileTypeRowMapper();

    private final Sql sql;

    JdbiFileTypeRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public FileType insert(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        return sql.write(WrittenKeys.of(ENTITY, "code", fileType.code()), handle -> {
            bind(handle.createUpdate(INSERT), fileType).execute();
            return fileType.withVersion(1);
        });
    }

    @Override
    public FileType update(FileType fileType) {
        Objects.requireNonNull(fileType, "fileType");
        return sql.write(WrittenKeys.of(ENTITY, "code", fileType.code()), handle -> {
            int updated = bind(handle.createUpdate(UPDATE), fileType).bind("version", fileType.version()).execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_CODE, fileType.code(), ENTITY, fileType.version());
            }
            return fileType.withVersion(fileType.version() + 1);
        });
    }

    @Override
    public Optional<FileType> findByCode(String code) {
        return sql.read(handle -> handle.createQuery(BY_CODE).bind("code", code).map(MAPPER).findOne());
    }

    @Override
    public List<FileType> findAll() {
        return sql.read(handle -> handle.createQuery(ALL_BY_CODE).map(MAPPER).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, FileType fileType) {
        return statement
                .bind("code", fileType.code())
                .bind("name", fileType.name())
                .bind("extensions", FileTypeRowMapper.join(fileType.extensions()))
                .bind("media_types", FileTypeRowMapper.join(fileType.mediaTypes()))
                .bind("max_size_bytes", fileType.maxSizeBytes());
    }
}
