package dev.tracking.adapter.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads typed values from a result set without going through the JVM's time zone. */
final class Columns {

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** The instant of a {@code timestamp with time zone} column, or null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A time stored as its instant and the offset (in seconds) it was reported in, or null. */
    static OffsetDateTime offsetDateTime(ResultSet rs, String instantColumn, String offsetColumn)
            throws SQLException {
        Instant instant = instant(rs, instantColumn);
        return instant == null ? null : instant.atOffset(ZoneOffset.ofTotalSeconds(rs.getInt(offsetColumn)));
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private Columns() {
    }
}
