package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/**
 * An IATA unit load device id: 3-letter type code (such as PMC or AKE), a 4- or 5-digit serial and the owner's
 * 2-character airline designator. Canonical form {@code PMC72534QR}.
 */
public record UldId(String typeCode, String serial, String owner) implements EquipmentId {

    public static final String FIELD = "uldId";

    public UldId {
        if (typeCode == null || !typeCode.matches("[A-Z]{3}")) {
            throw new ValidationException(FIELD, "type code must be 3 capital letters, such as PMC or AKE");
        }
        if (serial == null || !serial.matches("\\d{4,5}")) {
            throw new ValidationException(FIELD, "serial must be 4 or 5 digits");
        }
        if (!CarrierCode.isDesignator(owner)) {
            throw new ValidationException(FIELD, "owner must be a 2-character airline designator, not two digits");
        }
    }

    /** Parses {@code PMC72534QR} or {@code PMC 72534 QR}, in either case. */
    public static UldId parse(String text) {
        return parse(text, FIELD);
    }

    public static UldId parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must be given");
        }
        String compact = text.strip().replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{3}\\d{4,5}[A-Z0-9]{2}")) {
            throw new ValidationException(field,
                    "must be a 3-letter type, a 4- or 5-digit serial and a 2-character owner, such as PMC72534QR");
        }
        int ownerStart = compact.length() - 2;
        try {
            return new UldId(compact.substring(0, 3), compact.substring(3, ownerStart), compact.substring(ownerStart));
        } catch (ValidationException e) {
            throw field.equals(FIELD) ? e : new ValidationException(field, e.violations().get(0).message());
        }
    }

    @Override
    public String value() {
        return typeCode + serial + owner;
    }

    @Override
    public String toString() {
        return value();
    }
}
