package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/**
 * A reference of another party's, such as the customer's order or the booking number.
 *
 * @param type  capital letters, digits and underscores, such as {@code BOOKING} or {@code CUSTOMER_PO}
 * @param value up to 100 characters
 */
public record Reference(String type, String value) {

    public Reference {
        type = Check.requiredText(type, "type", 30).toUpperCase(Locale.ROOT);
        if (!type.matches("[A-Z][A-Z0-9_]*")) {
            throw new ValidationException("type", "must be capital letters, digits and underscores");
        }
        value = Check.requiredText(value, "value", 100);
    }
}
