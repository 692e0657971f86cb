package dev.tracking.adapter.jdbi;

/**
 * A LIKE pattern matching a user's text literally, as a substring or as a prefix: {@code %}, {@code _} and the escape
 * character {@code !} in it are escaped; a backslash is an ordinary character once another escape character is
 * declared. Use it as {@code LOWER(column) LIKE LOWER(:pattern) ESCAPE '!'} or {@code column LIKE :prefix ESCAPE '!'}.
 * (Not {@code ESCAPE '\'}: Jdbi's SQL lexer reads a backslash before a quote as an escaped quote and would take the
 * rest of the statement for a string literal. PostgreSQL folds a pattern and its escape character into a constant
 * pattern when it plans with the bound value, so a prefix pattern can still use a {@code text_pattern_ops} index.)
 */
final class LikePattern {

    /** The escape character the queries declare. */
    static final char ESCAPE = '!';

    static String containing(String text) {
        return escaped(new StringBuilder(text.length() + 8).append('%'), text).append('%').toString();
    }

    /** A pattern matching the texts that start with {@code prefix}. */
    static String startingWith(String prefix) {
        return escaped(new StringBuilder(prefix.length() + 8), prefix).append('%').toString();
    }

    private static StringBuilder escaped(StringBuilder pattern, String text) {
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern;
    }

    private LikePattern() {
    }
}
