package dev.tracking.adapter.jdbi;

/**
 * A LIKE pattern matching a user's text as a substring, literally: {@code %}, {@code _} and the escape character
 * {@code !} in it are escaped; a backslash is an ordinary character once another escape character is declared. Use it
 * as {@code LOWER(column) LIKE LOWER(:pattern) ESCAPE '!'}. (Not {@code ESCAPE '\'}: Jdbi's SQL lexer reads a
 * backslash before a quote as an escaped quote and would take the rest of the statement for a string literal.)
 */
final class LikePattern {

    /** The escape character the queries declare. */
    static final char ESCAPE = '!';

    static String containing(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private LikePattern() {
    }
}
