package dev.tracking.adapter.jpa;

/**
 * Literal text in a SQL {@code LIKE}, escaped with {@code \} so that {@code %}, {@code _} and {@code \} in it match
 * themselves: a case-insensitive substring search ({@code lower(column) like lower(:pattern) escape '\'}) and a
 * case-sensitive prefix ({@code column like :pattern escape '\'}, which a database can serve from an index on the
 * column).
 */
final class LikePattern {

    /** The condition that {@code expression} contains the text {@code parameter} holds (see {@link #containing}). */
    static String matches(String expression, String parameter) {
        return "lower(" + expression + ") like lower(" + parameter + ") escape '\\'";
    }

    /** The condition that {@code expression} starts with the text {@code parameter} holds ({@link #startingWith}). */
    static String startsWith(String expression, String parameter) {
        return expression + " like " + parameter + " escape '\\'";
    }

    /** {@code %text%}, the text's wildcard characters escaped. */
    static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** {@code prefix%}, the prefix's wildcard characters escaped. */
    static String startingWith(String prefix) {
        return escaped(prefix) + "%";
    }

    private static String escaped(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    private LikePattern() {
    }
}
