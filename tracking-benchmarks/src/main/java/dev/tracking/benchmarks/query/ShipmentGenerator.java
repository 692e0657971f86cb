package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.query.GeneratedShipment.Bill;
import dev.tracking.benchmarks.query.GeneratedShipment.Event;
import dev.tracking.benchmarks.query.GeneratedShipment.House;
import dev.tracking.benchmarks.query.GeneratedShipment.Leg;
import dev.tracking.benchmarks.query.ReferenceData.Airport;
import dev.tracking.benchmarks.query.ReferenceData.Carrier;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.port.out.AirportTimeZones;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes MAWB number {@code i} of a data set, the same for the same seed every time (each MAWB has a random stream of
 * its own, so any MAWB can be made again without the others). Creation times spread evenly over the year before
 * {@code now}; each MAWB then moves through its lifecycle (booking, acceptance, manifest, flights, arrival, check-in,
 * notification, delivery) at realistic intervals, and has the status, ETA, last free day, customs status, events and
 * bills of where that lifecycle stands at {@code now}. A small share never gets delivered (stuck at destination).
 */
final class ShipmentGenerator {

    /** How far back the MAWBs were created. */
    static final Duration HISTORY = Duration.ofDays(365);

    private static final double STUCK_SHARE = 0.015;
    private static final double TRANSFER_SHARE = 0.3;
    private static final List<String> HUBS = List.of("DXB", "DOH", "IST", "ANC", "LEJ", "ICN", "HKG", "FRA");
    private static final List<String> COMMODITIES = List.of("CONSOLIDATION", "ELECTRONICS", "MACHINE PARTS",
            "GARMENTS", "PHARMACEUTICALS", "PERISHABLES", "AUTO PARTS", "SPARE PARTS AOG", "DOCUMENTS");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final long seed;
    private final int mawbs;
    private final long events;
    private final Instant now;
    private final WeightedChoice<Carrier> carriers = new WeightedChoice<>(ReferenceData.CARRIERS, Carrier::weight);
    private final WeightedChoice<Airport> destinations =
            new WeightedChoice<>(ReferenceData.DESTINATIONS, Airport::weight);
    private final Map<String, ZoneId> zones;

    ShipmentGenerator(long seed, int mawbs, long events, Instant now) {
        if (mawbs < 1 || mawbs > 10_000_000) {
            throw new IllegalArgumentException("between 1 and 10,000,000 MAWBs, not " + mawbs);
        }
        this.seed = seed;
        this.mawbs = mawbs;
        this.events = events;
        this.now = now;
        Map<String, ZoneId> byCode = new HashMap<>();
        AirportTimeZones timeZones = AirportTimeZones.builtIn();
        ReferenceData.DESTINATIONS.forEach(a -> byCode.put(a.code(), timeZones.zoneOf(AirportCode.of(a.code()))));
        ReferenceData.ORIGINS.forEach(a -> byCode.put(a, timeZones.zoneOf(AirportCode.of(a))));
        HUBS.forEach(a -> byCode.put(a, timeZones.zoneOf(AirportCode.of(a))));
        this.zones = Map.copyOf(byCode);
    }

    int mawbs() {
        return mawbs;
    }

    Instant now() {
        return now;
    }

    /** The earliest instant any generated row carries. */
    Instant earliest() {
        return now.minus(HISTORY);
    }

    /** The AWB number of MAWB {@code i} (unique: the serials are a permutation of the indexes). */
    String awbNumber(int i) {
        return awbNumber(carriers.pick(random(i)).awbPrefix(), i);
    }

    GeneratedShipment shipment(int i) {
        SplittableRandom r = random(i);
        Carrier carrier = carriers.pick(r);
        Airport destination = destinations.pick(r);
        String origin = pickOrigin(r, destination.code());
        long spacing = HISTORY.toMillis() / mawbs;
        Instant createdAt = earliest().plusMillis(i * spacing + r.nextLong(Math.max(1, spacing)));
        UUID id = timeOrderedId(createdAt, r);

        List<Leg> legs = route(r, carrier, origin, destination.code(), createdAt);
        Leg first = legs.get(0);
        Leg last = legs.get(legs.size() - 1);
        Instant booked = createdAt.plus(5 + r.nextInt(355), ChronoUnit.MINUTES);
        Instant received = latest(booked.plusSeconds(60), first.etd().minus(6 + r.nextInt(24), ChronoUnit.HOURS));
        Instant manifested = latest(received.plusSeconds(60), first.etd().minus(2 + r.nextInt(3), ChronoUnit.HOURS));
        Instant arrived = last.ata();
        Instant checkedIn = arrived == null ? null : arrived.plus(2 + r.nextInt(7), ChronoUnit.HOURS);
        Instant notified = checkedIn == null ? null : checkedIn.plus(1 + r.nextInt(12), ChronoUnit.HOURS);
        boolean stuck = r.nextDouble() < STUCK_SHARE;
        Instant delivered = notified == null || stuck ? null
                : notified.plus(12 + r.nextInt(108), ChronoUnit.HOURS);

        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone("CREATED", createdAt));
        reached(milestones, "BOOKED", booked);
        reached(milestones, "RECEIVED", received);
        reached(milestones, "MANIFESTED", manifested);
        reached(milestones, "DEPARTED", first.atd());
        if (legs.size() > 1) {
            reached(milestones, "IN_TRANSIT", first.ata());
        }
        reached(milestones, "ARRIVED", arrived);
        reached(milestones, "RECEIVED_AT_DESTINATION", checkedIn);
        reached(milestones, "NOTIFIED", notified);
        reached(milestones, "DELIVERED", delivered);
        Milestone current = milestones.get(milestones.size() - 1);
        boolean hasArrived = isPast(arrived);

        LocalDate lastFreeDay = hasArrived
                ? LocalDate.ofInstant(arrived, zones.get(destination.code())).plusDays(2 + r.nextInt(4)) : null;
        String customs = customsStatus(r, current.status(), isPast(manifested));
        Instant statusAsOf = current.status().equals("CREATED") ? null : current.at();
        Instant updatedAt = statusAsOf == null ? createdAt : statusAsOf;

        int pieces = r.nextDouble() < 0.9 ? 1 + r.nextInt(20) : 21 + r.nextInt(480);
        BigDecimal weight = BigDecimal.valueOf(pieces * (50L + r.nextInt(750)), 1);
        BigDecimal volume = r.nextDouble() < 0.7 ? BigDecimal.valueOf(weight.longValue() * 6L / 1000 + 1, 2) : null;
        String consignee = ReferenceData.companyName(skewed(r, ReferenceData.companyNameCount()));
        String shipper = ReferenceData.companyName(r.nextInt(ReferenceData.companyNameCount()));

        House house = i % 2 == 0 ? house(r, i, pieces, weight, createdAt) : null;
        List<Bill> bills = hasArrived ? List.of(iscBill(r, i, destination, arrived, lastFreeDay, delivered))
                : List.of();
        List<Event> timeline = events(r, i, carrier, origin, destination.code(), legs, createdAt, booked, received,
                manifested, checkedIn, notified, delivered, pieces, weight);
        return new GeneratedShipment(id, awbNumber(carrier.awbPrefix(), i), carrier.designator(), origin,
                destination.code(), shipper, consignee, pieces, weight, volume,
                COMMODITIES.get(r.nextInt(COMMODITIES.size())), legs, lastFreeDay, customs, current.status(),
                statusAsOf, createdAt, updatedAt, milestones.size(), house, bills, timeline);
    }

    private record Milestone(String status, Instant at) {
    }

    private SplittableRandom random(int i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    }

    private static String awbNumber(String prefix, int i) {
        int serial = (int) ((i * 3_141_593L + 1_234_567L) % 10_000_000L);
        String seven = Integer.toString(serial + 10_000_000).substring(1);
        return prefix + "-" + seven + (serial % 7);
    }

    private List<Leg> route(SplittableRandom r, Carrier carrier, String origin, String destination,
            Instant createdAt) {
        Instant etd = createdAt.plus(12 + r.nextInt(120), ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        if (r.nextDouble() >= TRANSFER_SHARE) {
            Instant eta = etd.plus(6 + r.nextInt(9), ChronoUnit.HOURS).plus(r.nextInt(60), ChronoUnit.MINUTES);
            return List.of(leg(r, carrier, origin, destination, etd, eta));
        }
        String hub = HUBS.get(r.nextInt(HUBS.size()));
        if (hub.equals(origin) || hub.equals(destination)) {
            hub = HUBS.stream().filter(h -> !h.equals(origin) && !h.equals(destination)).findFirst().orElseThrow();
        }
        Instant hubEta = etd.plus(6 + r.nextInt(9), ChronoUnit.HOURS);
        Instant hubEtd = hubEta.plus(3 + r.nextInt(10), ChronoUnit.HOURS);
        Instant eta = hubEtd.plus(6 + r.nextInt(7), ChronoUnit.HOURS);
        return List.of(leg(r, carrier, origin, hub, etd, hubEta), leg(r, carrier, hub, destination, hubEtd, eta));
    }

    private Leg leg(SplittableRandom r, Carrier carrier, String from, String to, Instant etd, Instant eta) {
        String flight = carrier.designator() + (100 + r.nextInt(900));
        Instant atd = etd.plus(r.nextInt(90), ChronoUnit.MINUTES);
        Instant ata = latest(atd.plus(1, ChronoUnit.HOURS), eta.plus(r.nextInt(150) - 30, ChronoUnit.MINUTES));
        return new Leg(flight, from, to, etd, offset(from, etd), eta, offset(to, eta), isPast(atd) ? atd : null,
                isPast(ata) ? ata : null);
    }

    private String pickOrigin(SplittableRandom r, String destination) {
        List<String> origins = ReferenceData.ORIGINS;
        String origin = origins.get(r.nextInt(origins.size()));
        return origin.equals(destination) ? origins.get((origins.indexOf(origin) + 1) % origins.size()) : origin;
    }

    private static String customsStatus(SplittableRandom r, String status, boolean manifested) {
        double dice = r.nextDouble();
        return switch (status) {
            case "NOTIFIED", "DELIVERED" -> "CLEARED";
            case "RECEIVED_AT_DESTINATION" -> dice < 0.08 ? "UNDER_CUSTOMS_CONTROL" : "REPORTED";
            case "ARRIVED", "IN_TRANSIT" -> "REPORTED";
            default -> manifested && dice < 0.6 ? "REPORTED" : "NOT_REPORTED";
        };
    }

    private House house(SplittableRandom r, int i, int pieces, BigDecimal weight, Instant createdAt) {
        List<String> prefixes = ReferenceData.HOUSE_PREFIXES;
        int serial = (int) (((i / 2) * 7_654_321L + 42L) % 10_000_000L);
        String number = prefixes.get((i / 2) % prefixes.size()) + Integer.toString(serial + 10_000_000).substring(1);
        Instant at = createdAt.plusSeconds(1 + r.nextInt(600));
        return new House(timeOrderedId(at, r), number, ReferenceData.companyName(r.nextInt(1000)),
                ReferenceData.companyName(skewed(r, ReferenceData.companyNameCount())), Math.max(1, pieces / 2),
                weight.divide(BigDecimal.valueOf(2)), at);
    }

    private Bill iscBill(SplittableRandom r, int i, Airport destination, Instant arrived, LocalDate lastFreeDay,
            Instant delivered) {
        Instant createdAt = earliest(now, arrived.plus(1, ChronoUnit.HOURS));
        BigDecimal amount = BigDecimal.valueOf(25_000 + r.nextInt(150_000), 3);
        boolean paid = isPast(delivered);
        Instant paidAt = paid ? latest(createdAt, delivered.minus(1, ChronoUnit.HOURS)) : null;
        return new Bill(timeOrderedId(createdAt, r), "ISC", amount, destination.currency(), lastFreeDay,
                paid ? "PAID" : "OPEN", paid ? "PAY" + i : null, paidAt, createdAt, paid ? 2 : 1);
    }

    /**
     * The events reported up to now, as many as the data set's share per MAWB: the milestones that happened
     * (actual), then planned and estimated times from the booking, then repeated ETA updates when more are wanted.
     */
    private List<Event> events(SplittableRandom r, int i, Carrier carrier, String origin, String destination,
            List<Leg> legs, Instant createdAt, Instant booked, Instant received, Instant manifested,
            Instant checkedIn, Instant notified, Instant delivered, int pieces, BigDecimal weight) {
        int wanted = (int) (events / mawbs + (i < events % mawbs ? 1 : 0));
        Leg first = legs.get(0);
        Leg last = legs.get(legs.size() - 1);
        String feed = "carrier:" + carrier.designator();
        List<Event> timeline = new ArrayList<>(wanted);
        EventMaker make = new EventMaker(r, pieces, weight);
        actual(timeline, make, "BKD", booked, origin, first.flight(), false, "API", "api");
        actual(timeline, make, "RCS", received, origin, null, true, "CARRIER", feed);
        actual(timeline, make, "MAN", manifested, origin, first.flight(), true, "CARRIER", feed);
        for (Leg leg : legs) {
            actual(timeline, make, "DEP", leg.atd(), leg.from(), leg.flight(), true, "CARRIER", feed);
            actual(timeline, make, "ARR", leg.ata(), leg.to(), leg.flight(), true, "CARRIER", feed);
        }
        actual(timeline, make, "RCF", checkedIn, destination, last.flight(), true, "CARRIER", feed);
        actual(timeline, make, "NFD", notified, destination, null, false, "CARRIER", feed);
        actual(timeline, make, "DLV", delivered, destination, null, true, "MANUAL", "bench");
        Instant reportedAt = latestPast(booked, createdAt.plusSeconds(60));
        if (timeline.size() < wanted) {
            timeline.add(make.event("DEP", "PLANNED", first.etd(), first.from(), first.flight(), false, "CARRIER",
                    feed, reportedAt));
        }
        for (int update = 0; timeline.size() < wanted; update++) {
            Instant estimate = last.eta().plus((update + 1) * 7L - 30, ChronoUnit.MINUTES);
            Instant at = latestPast(reportedAt.plus(update * 37L, ChronoUnit.MINUTES), reportedAt);
            timeline.add(make.event("ARR", "ESTIMATED", estimate, last.to(), last.flight(), false, "CARRIER", feed,
                    at));
        }
        timeline.sort(Comparator.comparing(Event::recordedAt));
        return timeline.size() > wanted ? List.copyOf(timeline.subList(0, wanted)) : timeline;
    }

    private void actual(List<Event> timeline, EventMaker make, String code, Instant at, String location,
            String flight, boolean portion, String source, String recordedBy) {
        if (isPast(at)) {
            Instant recordedAt = earliest(now, at.plus(1 + make.random.nextInt(20), ChronoUnit.MINUTES));
            timeline.add(make.event(code, "ACTUAL", at, location, flight, portion, source, recordedBy, recordedAt));
        }
    }

    /** Makes the events of one MAWB from its random stream. */
    private final class EventMaker {

        private final SplittableRandom random;
        private final int pieces;
        private final BigDecimal weight;

        EventMaker(SplittableRandom random, int pieces, BigDecimal weight) {
            this.random = random;
            this.pieces = pieces;
            this.weight = weight;
        }

        Event event(String code, String timeType, Instant occurredAt, String location, String flight,
                boolean portion, String source, String recordedBy, Instant recordedAt) {
            return new Event(timeOrderedId(recordedAt, random), code, timeType, occurredAt,
                    offset(location, occurredAt), location, portion ? pieces : null, portion ? weight : null,
                    flight, source, dedupeKey(random), recordedAt, recordedBy);
        }
    }

    private int offset(String airport, Instant at) {
        return zones.get(airport).getRules().getOffset(at).getTotalSeconds();
    }

    private boolean isPast(Instant at) {
        return at != null && !at.isAfter(now);
    }

    private void reached(List<Milestone> milestones, String status, Instant at) {
        if (isPast(at)) {
            milestones.add(new Milestone(status, at));
        }
    }

    /** {@code preferred} when it is not in the future, else {@code fallback}. */
    private Instant latestPast(Instant preferred, Instant fallback) {
        return isPast(preferred) ? preferred : earliest(now, fallback);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** An index below {@code bound} with a long tail: a few values come up often. */
    private static int skewed(SplittableRandom r, int bound) {
        double u = r.nextDouble();
        return (int) (bound * u * u * u);
    }

    /** An RFC 9562 version 7 UUID for the instant, as the platform's id generator makes them. */
    static UUID timeOrderedId(Instant at, SplittableRandom r) {
        long high = (at.toEpochMilli() << 16) | 0x7000L | (r.nextInt() & 0x0FFFL);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** A key shaped like the platform's ({@code sha256:} and 64 hex digits). */
    private static String dedupeKey(SplittableRandom r) {
        char[] key = new char[71];
        "sha256:".getChars(0, 7, key, 0);
        for (int i = 7; i < 71; i += 16) {
            long bits = r.nextLong();
            for (int j = 0; j < 16; j++) {
                key[i + j] = HEX[(int) (bits >>> (60 - 4 * j)) & 0xF];
            }
        }
        return new String(key);
    }
}
