package dev.tracking.core.domain.party;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/**
 * A shipper, consignee or notify party as printed on the waybill.
 *
 * @param name        required, up to 200 characters
 * @param address     street lines, optional, up to 500 characters
 * @param city        optional
 * @param countryCode ISO 3166-1 alpha-2, optional
 * @param contact     e-mail or phone of the person to reach, optional
 */
public record Party(String name, String address, String city, String countryCode, String contact) {

    public Party {
        name = Check.requiredText(name, "name", 200);
        address = Check.optionalText(address, "address", 500);
        city = Check.optionalText(city, "city", 100);
        countryCode = Check.optionalText(countryCode, "countryCode", 2);
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
            if (!countryCode.matches("[A-Z]{2}")) {
                throw new ValidationException("countryCode", "must be an ISO 3166-1 alpha-2 code such as US");
            }
        }
        contact = Check.optionalText(contact, "contact", 200);
    }

    public static Party named(String name) {
        return new Party(name, null, null, null, null);
    }
}
