package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One flight of a MAWB's route with its scheduled and actual times, each with the offset it was given in.
 *
 * @param etd estimated (scheduled) departure, may be null
 * @param eta estimated arrival, may be null
 * @param atd actual departure, may be null
 * @param ata actual arrival, may be null
 */
public record FlightLeg(FlightNumber flight, AirportCode from, AirportCode to, OffsetDateTime etd,
        OffsetDateTime eta, OffsetDateTime atd, OffsetDateTime ata) {

    public FlightLeg {
        Check.start()
                .notNull(flight, "flight")
                .notNull(from, "from")
                .notNull(to, "to")
                .that(from == null || !from.equals(to), "to", "must differ from the departure airport")
                .that(etd == null || eta == null || eta.isAfter(etd), "eta", "must be after etd")
                .that(atd == null || ata == null || ata.isAfter(atd), "ata", "must be after atd")
                .orThrow();
    }

    public static FlightLeg scheduled(String flight, String from, String to, OffsetDateTime etd, OffsetDateTime eta) {
        return new FlightLeg(FlightNumber.parse(flight, "flight"), AirportCode.parse(from, "from"),
                AirportCode.parse(to, "to"), etd, eta, null, null);
    }

    Instant etaInstant() {
        return eta == null ? null : eta.toInstant();
    }

    Instant etdInstant() {
        return etd == null ? null : etd.toInstant();
    }
}
