package dev.tracking.core.application;

import dev.tracking.core.port.in.common.Page;
import java.util.List;
import java.util.function.Function;

/** Cuts a repository's {@code limit + 1} rows into a page and the cursor of the next one. */
final class Pages {

    static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    private Pages() {
    }
}
