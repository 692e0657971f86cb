package dev.tracking.core.domain.event;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * Derives an event's dedupe key from what makes it the same report: shipment, code, time type, the instant it happened,
 * location, flight and pieces. A carrier feed that sends the same FSU twice thus stores it once, even in another offset.
 */
public final class DedupeKeys {

    public static final int MAX_LENGTH = 128;

    public static String derive(ShipmentRef subject, EventCode code, TimeType timeType, OffsetDateTime occurredAt,
            AirportCode location, FlightNumber flight, ShipmentPortion portion) {
        String content = String.join("|", subject.toString(), code.value(), timeType.name(),
                occurredAt.toInstant().toString(), location == null ? "" : location.value(),
                flight == null ? "" : flight.value(),
                portion == null ? "" : portion.type() + ":" + portion.pieces());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private DedupeKeys() {
    }
}
