package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a page ends: the sort value and the id of the last row a caller has seen. The next page holds the rows that
 * come strictly after it in the order {@code (value, id)}, where
 * <ul>
 *   <li>the value and the id are both ordered in the sort's direction, ids as unsigned bytes ({@link Uuids#compare});</li>
 *   <li>rows whose value is null come last, in either direction, ordered among themselves by id in that direction.</li>
 * </ul>
 * So, for ascending order and a non-null value {@code v}: {@code value > v OR (value = v AND id > lastId) OR value IS
 * NULL}; for a null value: {@code value IS NULL AND id > lastId}. Every repository implements exactly this.
 *
 * @param value the sort value of the last row ({@link java.time.Instant}, {@link java.time.LocalDate} or
 *              {@link String}), or null
 * @param id    the id of the last row
 */
public record Keyset(Object value, UUID id) {

    public Keyset {
        Objects.requireNonNull(id, "id");
    }
}
