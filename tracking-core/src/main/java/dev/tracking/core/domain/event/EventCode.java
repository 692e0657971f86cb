package dev.tracking.core.domain.event;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened: a standard IATA Cargo-IMP FSU code (such as {@code ARR}) or a custom code of the host's (such as
 * {@code TRUCK_LOADED}): a capital letter then 1 to 29 capital letters, digits or underscores.
 */
public record EventCode(String value) {

    public static final String FIELD = "code";

    public EventCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new ValidationException(FIELD,
                    "must be an FSU code such as ARR or a custom code of capital letters, digits and underscores");
        }
    }

    public static EventCode of(String text) {
        return new EventCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static EventCode of(FsuCode code) {
        return new EventCode(code.name());
    }

    /** The standard code, or empty for a custom one. */
    public Optional<FsuCode> fsu() {
        return FsuCode.find(value);
    }

    public boolean isCustom() {
        return fsu().isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
