package dev.tracking.testsupport.inmemory;

import java.util.Locale;

/** Case-insensitive substring search, as {@code lower(column) LIKE '%' || lower(:text) || '%'} with escaping. */
final class Text {

    static boolean contains(String haystack, String needle) {
        return haystack != null && lower(haystack).contains(lower(needle));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Text() {
    }
}
