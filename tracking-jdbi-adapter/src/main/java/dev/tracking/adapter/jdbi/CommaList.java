package dev.tracking.adapter.jdbi;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The schema's comma-separated lists (a workflow step's file types, conditions, entry actions and events): values
 * joined by {@code ,} without spaces, the empty string for none. Sets are written sorted, so that one set is always
 * stored as one text; lists keep their order.
 */
final class CommaList {

    private static final String SEPARATOR = ",";

    /** The values, sorted, as one text. */
    static String sorted(Collection<String> values) {
        return String.join(SEPARATOR, values.stream().sorted().toList());
    }

    /** The enum constants' names, sorted by name, as one text. */
    static String sortedNames(Collection<? extends Enum<?>> values) {
        return sorted(values.stream().map(Enum::name).toList());
    }

    /** The enum constants' names, in the given order, as one text. */
    static String orderedNames(List<? extends Enum<?>> values) {
        return String.join(SEPARATOR, values.stream().map(Enum::name).toList());
    }

    /** The values of a stored text, in stored order; none for the empty string (or null). */
    static List<String> values(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(SEPARATOR, -1));
    }

    /** The values of a stored text, each read by {@code parse} (such as an enum's {@code valueOf}), in stored order. */
    static <T> List<T> values(String text, Function<String, T> parse) {
        return values(text).stream().map(parse).toList();
    }

    /** Whether {@code value} can be stored in a list: not empty, and without the separator. */
    static boolean isStorable(String value) {
        return !value.isEmpty() && !value.contains(SEPARATOR);
    }

    private CommaList() {
    }
}
