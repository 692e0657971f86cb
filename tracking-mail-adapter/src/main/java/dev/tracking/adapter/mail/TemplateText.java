package dev.tracking.adapter.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code ${name}} placeholders, parsed once. Filling it puts each value in through an escape (HTML
 * escaping for an HTML body); a name without a value becomes {@value #MISSING}. Nothing else is interpreted: no
 * expressions, no loops, no access to anything but the values.
 */
final class TemplateText {

    /** What a placeholder without a value becomes. */
    static final String MISSING = "-";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    private final List<String> literals;
    private final List<String> names;

    private TemplateText(List<String> literals, List<String> names) {
        this.literals = List.copyOf(literals);
        this.names = List.copyOf(names);
    }

    /**
     * Parses the text; each <code>${</code> that opens no well-formed placeholder is added to {@code problems}.
     *
     * @param part what the text is, for the error message ({@code subject}, {@code html})
     */
    static TemplateText parse(String template, String part, List<String> problems) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int from = 0;
        while (matcher.find()) {
            String literal = template.substring(from, matcher.start());
            checkLiteral(literal, from, part, problems);
            literals.add(literal);
            names.add(matcher.group(1));
            from = matcher.end();
        }
        String rest = template.substring(from);
        checkLiteral(rest, from, part, problems);
        literals.add(rest);
        return new TemplateText(literals, names);
    }

    private static void checkLiteral(String literal, int offset, String part, List<String> problems) {
        int open = literal.indexOf("${");
        if (open >= 0) {
            problems.add(part + ": '${' at position " + (offset + open)
                    + " opens no placeholder; write names such as ${awbNumber}");
        }
    }

    /** The text with every placeholder replaced by its value, escaped. */
    String fill(Map<String, String> values, UnaryOperator<String> escape) {
        StringBuilder filled = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            filled.append(literals.get(i));
            String value = values.get(names.get(i));
            filled.append(escape.apply(value == null || value.isBlank() ? MISSING : value));
        }
        return filled.append(literals.get(literals.size() - 1)).toString();
    }

    /** The names of its placeholders, in order of first use. */
    Set<String> names() {
        return new LinkedHashSet<>(names);
    }

    /** HTML-escapes a value: {@code & < > " '}. */
    static String html(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A value fit for a one-line header: control characters (line breaks) become spaces. */
    static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    }

    /** A value as it is, for the plain-text body. */
    static String plain(String value) {
        return value;
    }
}
