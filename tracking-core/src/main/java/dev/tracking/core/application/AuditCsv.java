package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.FieldChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes audit entries as RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted with
 * quotes doubled. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula. The changes and the context are
 * JSON objects within their cells.
 */
final class AuditCsv {

    static final String HEADER = "seq,at,entity,record_id,action,actor,changes,correlation_id,context,previous_hash,hash";

    private final Writer out;
    private long rows;

    AuditCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(AuditEntry e) {
        line(String.join(",", cell(Long.toString(e.seq())), cell(e.at().toString()), cell(e.entity()),
                cell(e.recordId()), cell(e.action().name()), cell(e.actor()), cell(changesJson(e.changes())),
                cell(e.correlationId()), cell(contextJson(e.context())), cell(e.previousHash()), cell(e.hash())));
        rows++;
    }

    long rows() {
        return rows;
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String changesJson(Map<String, FieldChange> changes) {
        StringBuilder json = new StringBuilder("{");
        changes.forEach((field, change) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quoted(field)).append(":{\"before\":").append(quoted(change.before()))
                    .append(",\"after\":").append(quoted(change.after())).append('}');
        });
        return json.append('}').toString();
    }

    private static String contextJson(Map<String, String> context) {
        StringBuilder json = new StringBuilder("{");
        context.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quoted(key)).append(':').append(quoted(value));
        });
        return json.append('}').toString();
    }

    /** A JSON string literal (or null). */
    static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
