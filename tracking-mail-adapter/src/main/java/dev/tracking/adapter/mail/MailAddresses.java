package dev.tracking.adapter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/** Checks and parses e-mail addresses as Jakarta Mail does, strictly (RFC 822 syntax). */
final class MailAddresses {

    /** One address such as {@code ops@forwarder.example} or {@code "Ops Desk" <ops@forwarder.example>}. */
    static InternetAddress parse(String address) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(address, true);
        if (parsed.length != 1) {
            throw new AddressException("expected exactly one address", address);
        }
        parsed[0].validate();
        return parsed[0];
    }

    /** Adds a problem to {@code problems} unless {@code address} is one valid address. */
    static void check(String address, String field, List<String> problems) {
        if (address == null || address.isBlank()) {
            problems.add(field + " is missing");
            return;
        }
        try {
            parse(address);
        } catch (AddressException e) {
            problems.add(field + " '" + address + "' is not a valid e-mail address (" + e.getMessage() + ")");
        }
    }

    private MailAddresses() {
    }
}
