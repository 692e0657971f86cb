package dev.tracking.benchmarks.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One generated MAWB with what hangs off it, shaped like the rows of the tracking schema.
 *
 * @param house  the HAWB under it, or null
 * @param events its timeline, each event with the dedupe key it claimed
 */
record GeneratedShipment(
        UUID id,
        String awbNumber,
        String carrier,
        String origin,
        String destination,
        String shipperName,
        String consigneeName,
        int pieces,
        BigDecimal weightKg,
        BigDecimal volumeCbm,
        String commodity,
        List<Leg> legs,
        LocalDate lastFreeDay,
        String customsStatus,
        String status,
        Instant statusAsOf,
        Instant createdAt,
        Instant updatedAt,
        long version,
        House house,
        List<Bill> bills,
        List<Event> events) {

    Instant etd() {
        return legs.get(0).etd();
    }

    Instant eta() {
        return legs.get(legs.size() - 1).eta();
    }

    /** A flight of the route; times and their offsets (seconds east of UTC) at the airport they happen at. */
    record Leg(String flight, String from, String to, Instant etd, int etdOffset, Instant eta, int etaOffset,
            Instant atd, Instant ata) {
    }

    record House(UUID id, String number, String shipperName, String consigneeName, int pieces, BigDecimal weightKg,
            Instant createdAt) {
    }

    record Bill(UUID id, String type, BigDecimal amount, String currency, LocalDate dueDate, String status,
            String paymentReference, Instant paidAt, Instant createdAt, long version) {
    }

    record Event(UUID id, String code, String timeType, Instant occurredAt, int occurredOffset, String location,
            Integer portionPieces, BigDecimal portionWeightKg, String flight, String source, String dedupeKey,
            Instant recordedAt, String recordedBy) {
    }
}
