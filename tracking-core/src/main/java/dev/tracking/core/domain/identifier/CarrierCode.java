package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/**
 * An airline as cargo documents name it: the IATA 2-character designator (such as {@code LH} or {@code 5X}) and the
 * 3-digit prefix that starts its air waybill numbers (such as {@code 020}).
 */
public record CarrierCode(String designator, String awbPrefix) {

    public static final String FIELD = "carrierCode";

    public CarrierCode {
        designator = designator == null ? null : designator.strip().toUpperCase(Locale.ROOT);
        if (!isDesignator(designator)) {
            throw new ValidationException(FIELD + ".designator",
                    "must be a 2-character IATA airline designator (letters or digits, not two digits)");
        }
        if (awbPrefix == null || !awbPrefix.matches("\\d{3}")) {
            throw new ValidationException(FIELD + ".awbPrefix", "must be a 3-digit AWB prefix");
        }
    }

    public static CarrierCode of(String designator, String awbPrefix) {
        return new CarrierCode(designator, awbPrefix);
    }

    /** Whether {@code text} is a well-formed IATA designator: 2 letters or digits, at least one of them a letter. */
    public static boolean isDesignator(String text) {
        return text != null && text.matches("[A-Z0-9]{2}") && !text.matches("\\d{2}");
    }

    @Override
    public String toString() {
        return designator + "/" + awbPrefix;
    }
}
