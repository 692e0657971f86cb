package dev.tracking.core.port.out;

import dev.tracking.core.domain.identifier.AirportCode;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which time zone an airport keeps. Last free days and reminders are local to the destination airport.
 * {@link #builtIn()} knows the major cargo airports; hosts can replace or extend it.
 */
@FunctionalInterface
public interface AirportTimeZones {

    Optional<ZoneId> find(AirportCode airport);

    /** The airport's zone, or UTC when it is unknown. */
    default ZoneId zoneOf(AirportCode airport) {
        return find(airport).orElse(java.time.ZoneOffset.UTC);
    }

    /** The built-in table of major cargo airports. */
    static AirportTimeZones builtIn() {
        return dev.tracking.core.internal.BuiltInAirportTimeZones.INSTANCE;
    }
}
