package dev.tracking.scheduler.handlers;

import java.util.List;

/** Writes CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. */
final class Csv {

    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append(CRLF);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
