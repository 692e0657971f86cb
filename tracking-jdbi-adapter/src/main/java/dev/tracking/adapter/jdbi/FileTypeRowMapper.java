package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.filetype.FileType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code file_types} row as a {@link FileType}; extensions and media types are comma-separated lists. */
final class FileTypeRowMapper implements RowMapper<FileType> {

    @Override
    public FileType map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FileType(rs.getString("code"), rs.getString("name"), split(rs.getString("extensions")),
                split(rs.getString("media_types")), rs.getLong("max_size_bytes"), rs.getLong("version"));
    }

    /** The comma-separated values of a column; an empty column is an empty set. */
    static Set<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The values as a column holds them: sorted, comma-separated. */
    static String join(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }
}
