package dev.tracking.benchmarks.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The query plans of a run, as Markdown, appended to {@code -Dbench.plans} ({@code target/benchmark-plans.md} by
 * default) beside the results.
 */
final class PlanLog {

    private final Path file;

    PlanLog() {
        this(Path.of(System.getProperty("bench.plans", "target/benchmark-plans.md")));
    }

    PlanLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void heading(String text) {
        append("## " + text + "\n\n");
    }

    void plan(String title, String sql, String bindings, String plan) {
        append("#### " + title + "\n\n```sql\n" + sql.strip() + "\n```\n\n"
                + (bindings.isEmpty() ? "" : "Bound: `" + bindings + "`\n\n") + "```\n" + plan + "\n```\n\n");
    }

    private void append(String markdown) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
