package dev.tracking.core.domain.audit;

import java.util.Objects;

/**
 * One field's value before and after a change, as text. A redacted field keeps neither value: it only records that it
 * changed (both values then read {@link #REDACTED}, or null where there was none).
 *
 * @param before null when the field had no value (or on INSERT)
 * @param after  null when the field has no value now (or on DELETE)
 */
public record FieldChange(String before, String after) {

    public static final String REDACTED = "[REDACTED]";

    public static FieldChange redacted(String before, String after) {
        return new FieldChange(before == null ? null : REDACTED, after == null ? null : REDACTED);
    }

    public boolean isRedacted() {
        return REDACTED.equals(before) || REDACTED.equals(after);
    }

    /** Whether the field changed; a redacted field is only ever recorded when it did. */
    public boolean changes() {
        return isRedacted() || !Objects.equals(before, after);
    }
}
