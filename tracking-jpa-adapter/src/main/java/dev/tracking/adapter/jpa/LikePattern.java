package dev.tracking.adapter.jpa;

/**
 * A case-insensitive substring search as SQL spells it: {@code lower(column) like lower(:pattern) escape '\'}, with
 * {@code %}, {@code _} and {@code \} in the user's text escaped so they match literally.
 */
final class LikePattern {

    /** The condition that {@code expression} contains the text {@code parameter} holds (see {@link #containing}). */
    static String matches(String expression, String parameter) {
        return "lower(" + expression + ") like lower(" + parameter + ") escape '\\'";
    }

    /** {@code %text%}, the text's wildcard characters escaped. */
    static String containing(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private LikePattern() {
    }
}
