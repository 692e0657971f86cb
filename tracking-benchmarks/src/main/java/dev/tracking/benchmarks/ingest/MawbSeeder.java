package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.ingest.IngestWorkload.SeededMawb;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates MAWBs through the use case, as a host would (each starts its workflow and schedules its pre-alert), so the
 * events that follow meet what production holds. AWB numbers are deterministic, so every database seeded with the
 * same count holds the same MAWBs under different ids.
 */
final class MawbSeeder {

    private static final String[] PREFIXES = {"176", "020", "157", "618", "160", "001"};
    private static final String[] ORIGINS = {"FRA", "DXB", "DOH", "SIN", "HKG", "CDG", "AMS", "ICN"};
    private static final String[] DESTINATIONS = {"JFK", "ORD", "LAX", "MIA", "ATL", "DFW", "IAH", "SEA"};

    private MawbSeeder() {
    }

    static List<SeededMawb> seed(TrackingPlatform platform, int count, Instant now) {
        List<SeededMawb> seeded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String prefix = PREFIXES[i % PREFIXES.length];
            String serial7 = String.format(Locale.ROOT, "%07d", 1_000_000 + i);
            AwbNumber number = AwbNumber.parse(prefix + "-" + serial7 + AwbNumber.checkDigitOf(serial7));
            AirportCode origin = AirportCode.of(ORIGINS[i % ORIGINS.length]);
            AirportCode destination = AirportCode.of(DESTINATIONS[(i / ORIGINS.length) % DESTINATIONS.length]);
            String flight = "EK" + (100 + i % 800);
            OffsetDateTime departure = OffsetDateTime.ofInstant(now.minusSeconds(3600L * 24 * 4), ZoneOffset.ofHours(1));
            MawbDetails details = new MawbDetails(origin, destination,
                    new Party("Shipper " + (i % 997), null, null, "DE", null),
                    new Party("Consignee " + (i % 1499), null, null, "US", null),
                    null, 1 + i % 40, Weight.kg(String.valueOf(10 + i % 900)), null, "General cargo",
                    List.of(FlightLeg.scheduled(flight, origin.value(), destination.value(), departure,
                            departure.plusHours(9).withOffsetSameInstant(ZoneOffset.ofHours(-5)))),
                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(3), null, List.of(), List.of());
            Mawb mawb = platform.mawbs().create(new CreateMawbCommand(number, details));
            seeded.add(new SeededMawb(mawb.id(), origin, destination, flight));
        }
        return seeded;
    }
}
