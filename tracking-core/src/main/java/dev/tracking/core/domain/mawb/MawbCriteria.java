package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which MAWBs a list returns. Every criterion is optional (null or empty means any); ranges are inclusive of
 * {@code from} and exclusive of {@code to} for instants, inclusive of both ends for dates.
 *
 * @param statuses  any of these statuses
 * @param carrier   the airline designator
 * @param text      case-insensitive substring of the AWB number (with or without the dash), of a HAWB number under
 *                  the MAWB, or of the consignee's name; at most 64 characters
 */
public record MawbCriteria(
        Set<ShipmentStatus> statuses,
        String carrier,
        AirportCode origin,
        AirportCode destination,
        Instant etaFrom,
        Instant etaTo,
        Instant etdFrom,
        Instant etdTo,
        LocalDate lastFreeDayFrom,
        LocalDate lastFreeDayTo,
        String text) {

    public static final int MAX_TEXT = 64;

    public MawbCriteria {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
        carrier = carrier == null || carrier.isBlank() ? null : carrier.strip().toUpperCase(java.util.Locale.ROOT);
        Check.start()
                .that(etaFrom == null || etaTo == null || etaFrom.isBefore(etaTo), "etaTo", "must be after etaFrom")
                .that(etdFrom == null || etdTo == null || etdFrom.isBefore(etdTo), "etdTo", "must be after etdFrom")
                .that(lastFreeDayFrom == null || lastFreeDayTo == null || !lastFreeDayTo.isBefore(lastFreeDayFrom),
                        "lastFreeDayTo", "must not be before lastFreeDayFrom")
                .that(text == null || text.length() <= MAX_TEXT, "text", "must be at most " + MAX_TEXT + " characters")
                .orThrow();
    }

    public static MawbCriteria any() {
        return new MawbCriteria(null, null, null, null, null, null, null, null, null, null, null);
    }

    public MawbCriteria withStatuses(Set<ShipmentStatus> newStatuses) {
        return new MawbCriteria(newStatuses, carrier, origin, destination, etaFrom, etaTo, etdFrom, etdTo,
                lastFreeDayFrom, lastFreeDayTo, text);
    }

    public MawbCriteria withDestination(AirportCode newDestination) {
        return new MawbCriteria(statuses, carrier, origin, newDestination, etaFrom, etaTo, etdFrom, etdTo,
                lastFreeDayFrom, lastFreeDayTo, text);
    }

    public MawbCriteria withText(String newText) {
        return new MawbCriteria(statuses, carrier, origin, destination, etaFrom, etaTo, etdFrom, etdTo,
                lastFreeDayFrom, lastFreeDayTo, newText);
    }

    public MawbCriteria withEta(Instant from, Instant to) {
        return new MawbCriteria(statuses, carrier, origin, destination, from, to, etdFrom, etdTo,
                lastFreeDayFrom, lastFreeDayTo, text);
    }

    public MawbCriteria withLastFreeDay(LocalDate from, LocalDate to) {
        return new MawbCriteria(statuses, carrier, origin, destination, etaFrom, etaTo, etdFrom, etdTo, from, to,
                text);
    }
}
