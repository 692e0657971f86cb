package dev.tracking.spring.web.api;

import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.spring.web.api.dto.PageResponse;
import java.util.Locale;
import java.util.function.Function;

/** Cursor pages and sort parameters of the list routes. */
final class Lists {

    private Lists() {
    }

    static PageRequest page(String cursor, Integer limit) {
        return new PageRequest(cursor, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }

    static <T, R> PageResponse<R> page(Page<T> page, Function<T, R> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.nextCursor());
    }

    /** A parsed {@code sort} parameter: {@code field} or {@code field,asc|desc}, or {@code -field} for descending. */
    record Sort<F extends Enum<F>>(F field, SortDirection direction) {
    }

    /**
     * Parses {@code eta}, {@code eta,desc}, {@code -eta} or {@code LAST_FREE_DAY,asc}; the field by its camel-case
     * or constant name. Null when {@code text} is blank.
     */
    static <F extends Enum<F>> Sort<F> sort(String text, Class<F> fields, SortDirection defaultDirection) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String spec = text.strip();
        SortDirection direction = defaultDirection;
        if (spec.startsWith("-")) {
            direction = SortDirection.DESC;
            spec = spec.substring(1);
        }
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            String dir = spec.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
            spec = spec.substring(0, comma).strip();
            try {
                direction = SortDirection.valueOf(dir);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("sort", "direction must be asc or desc");
            }
        }
        String constant = spec.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (F field : fields.getEnumConstants()) {
            if (field.name().equals(constant)) {
                return new Sort<>(field, direction);
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (F field : fields.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(camel(field.name()));
        }
        throw new ValidationException("sort", "must be one of " + allowed + ", optionally followed by ,asc or ,desc");
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
