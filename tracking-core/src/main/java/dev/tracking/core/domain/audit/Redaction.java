package dev.tracking.core.domain.audit;

import java.util.Locale;
import java.util.Set;

/**
 * Which fields an audit entry never shows in clear: any field whose name (the last segment of its path) looks like a
 * password, secret, token, API key, credential, private key, authorization header, bearer or cookie, plus the names and full paths the host configures. A redacted field's entry
 * records that it changed, never its values.
 */
public final class Redaction {

    private static final Set<String> SENSITIVE_WORDS = Set.of("password", "passwd", "secret", "token", "apikey",
            "credential", "privatekey", "authorization", "bearer", "cookie");

    /** A list index ending a path, as in {@code details.flights[0]}. */
    private static final java.util.regex.Pattern LIST_INDEX = java.util.regex.Pattern.compile("\\[\\d+]$");

    private final Set<String> extraNames;
    private final Set<String> extraPaths;

    /**
     * @param extraNames field names to redact wherever they occur (compared ignoring case, '_' and '-')
     * @param extraPaths full field paths to redact, such as {@code details.shipper.contact}
     */
    public Redaction(Set<String> extraNames, Set<String> extraPaths) {
        this.extraNames = extraNames.stream().map(Redaction::normalize).collect(java.util.stream.Collectors.toSet());
        this.extraPaths = Set.copyOf(extraPaths);
    }

    public static Redaction defaults() {
        return new Redaction(Set.of(), Set.of());
    }

    public boolean redacts(String path) {
        if (extraPaths.contains(path)) {
            return true;
        }
        String name = normalize(lastSegment(path));
        if (extraNames.contains(name)) {
            return true;
        }
        return SENSITIVE_WORDS.stream().anyMatch(name::contains);
    }

    private static String lastSegment(String path) {
        String withoutIndex = LIST_INDEX.matcher(path).replaceFirst("");
        int dot = withoutIndex.lastIndexOf('.');
        return dot < 0 ? withoutIndex : withoutIndex.substring(dot + 1);
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
