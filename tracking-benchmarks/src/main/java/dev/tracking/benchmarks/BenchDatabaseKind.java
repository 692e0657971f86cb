package dev.tracking.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The databases the benchmarks run on. */
public enum BenchDatabaseKind {
    POSTGRESQL("PostgreSQL"),
    H2("H2");

    private final String label;

    BenchDatabaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code "postgresql,h2"} or {@code "all"}. */
    public static List<BenchDatabaseKind> parse(String list) {
        if (list == null || list.isBlank() || list.equalsIgnoreCase("all")) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(s -> valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
    }
}
