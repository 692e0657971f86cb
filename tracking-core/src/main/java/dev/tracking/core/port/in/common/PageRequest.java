package dev.tracking.core.port.in.common;

import dev.tracking.core.domain.common.ValidationException;

/**
 * Which page to fetch: after an opaque cursor from the previous page (null for the first), and how many rows.
 *
 * @param limit between 1 and {@link #MAX_LIMIT}
 */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
        if (cursor != null && cursor.length() > 512) {
            throw new ValidationException("cursor", "is not a cursor this platform issued");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    public static PageRequest firstPage() {
        return new PageRequest(null, DEFAULT_LIMIT);
    }

    public PageRequest next(String nextCursor) {
        return new PageRequest(nextCursor, limit);
    }
}
