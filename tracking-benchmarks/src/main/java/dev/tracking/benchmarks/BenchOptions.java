package dev.tracking.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The load driver's {@code key=value} options; each benchmark documents the keys it reads and their defaults. */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    public static BenchOptions parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("options are key=value, got '" + arg + "'");
            }
            values.put(arg.substring(0, eq).strip(), arg.substring(eq + 1).strip());
        }
        return new BenchOptions(values);
    }

    public int integer(String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    public String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public boolean flag(String key, boolean fallback) {
        String value = values.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    public List<BenchDatabaseKind> databases(String fallback) {
        return BenchDatabaseKind.parse(values.getOrDefault("db", fallback));
    }

    @Override
    public String toString() {
        return values.isEmpty() ? "defaults" : values.toString();
    }
}
