package dev.tracking.core.port.in.common;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list.
 *
 * @param nextCursor the opaque cursor of the next page, or null when this is the last one
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
