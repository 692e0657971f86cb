package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.identifier.AirportCode;
import java.time.LocalDate;

/** How many undelivered MAWBs bound for one airport have one last free day. */
public record LastFreeDayCount(AirportCode destination, LocalDate lastFreeDay, long count) {
}
