package dev.tracking.testsupport;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.DedupeKeys;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.PortionType;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.identifier.UldId;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.Reference;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.AirportTimeZones;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Valid domain objects with realistic defaults, for tests of adapters and of the application: a Lufthansa Cargo
 * ({@code LH}/{@code 020}) consignment of hydraulic pumps from Frankfurt to Chicago O'Hare on LH430.
 *
 * <p>Every factory returns a new, not yet stored object (version 0) with a random id. Objects that must be unique in
 * a store take what makes them unique as an argument (the AWB serial, the HAWB number, the file type code), so a test
 * states it and this class keeps no counter. Each {@code ...Builder} factory returns a builder preset with the same
 * defaults, to change what a test is about and nothing else:
 *
 * <pre>{@code
 * Mawb late = TestData.mawbBuilder(17).destination("LAX").eta(Instant.parse("2025-03-16T02:30:00Z")).build();
 * Hawb house = TestData.hawb(late, "HAM0042");
 * TrackingEvent arrived = TestData.event(ShipmentRef.of(late.id()), "ARR", OffsetDateTime.parse("2025-03-15T19:02-07:00"));
 * }</pre>
 *
 * <p>All instants are whole microseconds, the precision the contract suites demand of a store.
 */
public final class TestData {

    /** The moment test data is created and recorded at by default: 2025-03-14T09:26:53.589793Z. */
    public static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589793Z");

    /** Lufthansa Cargo's designator, the default carrier. */
    public static final String DESIGNATOR = "LH";

    /** Lufthansa Cargo's AWB prefix. */
    public static final String AWB_PREFIX = "020";

    /** The default scheduled departure from FRA: 2025-03-15 13:05 local time (CET). */
    public static final OffsetDateTime DEFAULT_ETD = OffsetDateTime.parse("2025-03-15T13:05:00+01:00");

    /** The default estimated arrival at ORD: 2025-03-15 15:20 local time (CDT). */
    public static final OffsetDateTime DEFAULT_ETA = OffsetDateTime.parse("2025-03-15T15:20:00-05:00");

    /** The default last free day at ORD. */
    public static final LocalDate DEFAULT_LAST_FREE_DAY = LocalDate.of(2025, 3, 18);

    private static final Duration BLOCK_TIME = Duration.between(DEFAULT_ETD, DEFAULT_ETA);

    // ---------------------------------------------------------------------------------------------------- basics

    /** {@code instant} cut to whole microseconds, the precision a SQL timestamp keeps. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An AWB number with the airline {@code prefix} whose serial is the 7 digits of {@code serial} followed by their
     * check digit (the serial modulo 7): {@code awbNumber("020", 1234567)} is {@code 020-12345675}.
     *
     * @param serial 0 to 9,999,999; distinct serials give distinct numbers
     */
    public static AwbNumber awbNumber(String prefix, int serial) {
        if (serial < 0 || serial > 9_999_999) {
            throw new IllegalArgumentException("serial must have at most 7 digits: " + serial);
        }
        String seven = String.format(Locale.ROOT, "%07d", serial);
        return new AwbNumber(prefix, seven + AwbNumber.checkDigitOf(seven));
    }

    /** A Lufthansa Cargo AWB number, {@link #awbNumber(String, int)} with prefix {@code 020}. */
    public static AwbNumber awbNumber(int serial) {
        return awbNumber(AWB_PREFIX, serial);
    }

    /** A party with a name only. */
    public static Party party(String name) {
        return Party.named(name);
    }

    /** The default shipper, a German manufacturer. */
    public static Party shipper() {
        return new Party("Bosch Rexroth AG", "Zum Eisengießer 1", "Lohr am Main", "DE", "export@boschrexroth.example");
    }

    /** The default consignee, a Chicago importer. */
    public static Party consignee() {
        return new Party("Midwest Hydraulics Inc.", "1200 W Fulton Market", "Chicago", "US", "+1 312 555 0142");
    }

    /** The default notify party, the consignee's customs broker. */
    public static Party notifyParty() {
        return new Party("Windy City Customs Brokers LLC", "2 O'Hare Cargo Area", "Chicago", "US",
                "entries@windycitybrokers.example");
    }

    /** A ULD, a Lufthansa main-deck pallet. */
    public static Equipment uld() {
        return Equipment.of(UldId.parse("PMC72534LH"));
    }

    /** An ocean container with a seal, for MAWBs whose cargo continues by sea. */
    public static Equipment container() {
        return new Equipment(ContainerNumber.parse("CSQU3054383"), "SEAL 004711");
    }

    /** A flight leg with scheduled times only. */
    public static FlightLeg flightLeg(String flight, String from, String to, OffsetDateTime etd, OffsetDateTime eta) {
        return FlightLeg.scheduled(flight, from, to, etd, eta);
    }

    // --------------------------------------------------------------------------------------------------- carriers

    /** Lufthansa Cargo, {@code LH}/{@code 020}, active, with a tracking endpoint. */
    public static Carrier carrier() {
        return new Carrier(CarrierCode.of(DESIGNATOR, AWB_PREFIX), "Lufthansa Cargo",
                new TrackingEndpoint(URI.create("https://cargo-api.example.com/lh/v2/track"), "forwarder-4711",
                        "test-api-key-not-a-secret"),
                true, 0);
    }

    /** An active carrier without a tracking endpoint, such as {@code carrier("EK", "176", "Emirates SkyCargo")}. */
    public static Carrier carrier(String designator, String awbPrefix, String name) {
        return new Carrier(CarrierCode.of(designator, awbPrefix), name, null, true, 0);
    }

    // ------------------------------------------------------------------------------------------------- file types

    /** A commercial invoice: PDF, JPEG or PNG, up to 10 MiB. */
    public static FileType fileType() {
        return new FileType("COMMERCIAL_INVOICE", "Commercial invoice", Set.of("pdf", "jpg", "png"),
                Set.of("application/pdf", "image/jpeg", "image/png"), 10L * 1024 * 1024, 0);
    }

    /** A file type with the given code, accepting PDFs of up to 10 MiB; its name is made from the code. */
    public static FileType fileType(String code) {
        String name = code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return new FileType(code, name, Set.of("pdf"), Set.of("application/pdf"), 10L * 1024 * 1024, 0);
    }

    /** A file type with every field given. */
    public static FileType fileType(String code, String name, Set<String> extensions, Set<String> mediaTypes,
            long maxSizeBytes) {
        return new FileType(code, name, extensions, mediaTypes, maxSizeBytes, 0);
    }

    // ------------------------------------------------------------------------------------------------------ MAWBs

    /**
     * The default details: FRA to ORD on LH430 ({@link #DEFAULT_ETD} to {@link #DEFAULT_ETA}), 12 pieces, 1,250.5 kg,
     * 7.25 m³ of hydraulic pumps on one ULD, last free day {@link #DEFAULT_LAST_FREE_DAY}, with a booking reference.
     */
    public static MawbDetails mawbDetails() {
        return mawbBuilder(0).build().details();
    }

    /** A new Lufthansa Cargo MAWB with the default details and number {@code awbNumber("020", serial)}. */
    public static Mawb mawb(int serial) {
        return mawbBuilder(serial).build();
    }

    /** A builder preset like {@link #mawb(int)}. */
    public static MawbBuilder mawbBuilder(int serial) {
        return new MawbBuilder(awbNumber(serial));
    }

    // ------------------------------------------------------------------------------------------------------ HAWBs

    /** The default house details: 3 pieces, 310.25 kg of gear pumps from a Hamburg supplier. */
    public static HawbDetails hawbDetails() {
        return new HawbDetails(new Party("Hydraulik Nord GmbH", "Hafenstraße 12", "Hamburg", "DE", null), consignee(),
                null, 3, Weight.kg("310.25"), "Gear pumps");
    }

    /** A new HAWB under {@code mawb} with the default details. */
    public static Hawb hawb(Mawb mawb, String number) {
        return hawbBuilder(mawb.id(), number).build();
    }

    /** A builder preset like {@link #hawb(Mawb, String)}. */
    public static HawbBuilder hawbBuilder(Mawb mawb, String number) {
        return hawbBuilder(mawb.id(), number);
    }

    /** A builder preset like {@link #hawb(Mawb, String)}, for the MAWB with id {@code mawbId}. */
    public static HawbBuilder hawbBuilder(MawbId mawbId, String number) {
        return new HawbBuilder(mawbId, HawbNumber.parse(number));
    }

    // ----------------------------------------------------------------------------------------------------- events

    /**
     * An actual event reported by the carrier, with no location, flight or portion, and the dedupe key derived from
     * its content, so that two events made alike are duplicates of each other.
     */
    public static TrackingEvent event(ShipmentRef subject, String code, OffsetDateTime occurredAt) {
        return eventBuilder(subject).code(code).occurredAt(occurredAt).location(null).flight(null).portion(null)
                .build();
    }

    /**
     * A builder preset with an actual departure ({@code DEP}) from FRA on LH430 at 2025-03-15 13:17 local time, of
     * all 12 pieces, reported by the carrier and recorded by {@code system} at {@link #NOW}.
     */
    public static EventBuilder eventBuilder(ShipmentRef subject) {
        return new EventBuilder(subject);
    }

    // ------------------------------------------------------------------------------------------------------ bills

    /** An open import service charge of 125.50 USD against {@code mawb}, due a week from {@link #NOW}. */
    public static Bill bill(Mawb mawb) {
        return billBuilder(mawb).build();
    }

    /** An open bill against {@code mawb}, such as {@code bill(mawb, BillType.STORAGE, "45000", "JPY")}. */
    public static Bill bill(Mawb mawb, BillType type, String amount, String currency) {
        return billBuilder(mawb).type(type).amount(amount, currency).build();
    }

    /** A builder preset like {@link #bill(Mawb)}. */
    public static BillBuilder billBuilder(Mawb mawb) {
        return new BillBuilder(mawb.id());
    }

    /** A builder preset like {@link #bill(Mawb)}, for the MAWB with id {@code mawbId}. */
    public static BillBuilder billBuilder(MawbId mawbId) {
        return new BillBuilder(mawbId);
    }

    // ------------------------------------------------------------------------------------------------ attachments

    /** A commercial invoice PDF attached to {@code owner}, uploaded at {@link #NOW}. */
    public static Attachment attachment(ShipmentRef owner, String fileName) {
        return attachmentBuilder(owner).fileName(fileName).build();
    }

    /** A builder preset like {@link #attachment(ShipmentRef, String)} with the file name {@code invoice.pdf}. */
    public static AttachmentBuilder attachmentBuilder(ShipmentRef owner) {
        return new AttachmentBuilder(owner);
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    // --------------------------------------------------------------------------------------------------- builders

    /**
     * Builds a {@link Mawb}. Unless told otherwise it has one flight leg from the origin to the destination, flown by
     * the carrier as flight 430, scheduled as {@link TestData#DEFAULT_ETD} and {@link TestData#DEFAULT_ETA}; setting
     * one end of that leg moves the other along (keeping the block time) unless it was set too. Times given as
     * instants are expressed in the airport's local offset, as a carrier would report them.
     */
    public static final class MawbBuilder {

        private MawbId id = new MawbId(UUID.randomUUID());
        private AwbNumber number;
        private String carrier = DESIGNATOR;
        private AirportCode origin = AirportCode.of("FRA");
        private AirportCode destination = AirportCode.of("ORD");
        private Party shipper = TestData.shipper();
        private Party consignee = TestData.consignee();
        private Party notifyParty = TestData.notifyParty();
        private int pieces = 12;
        private Weight weight = Weight.kg("1250.5");
        private Volume volume = Volume.cbm("7.25");
        private String commodity = "Hydraulic pumps, HS 8413.60";
        private List<FlightLeg> flights;
        private OffsetDateTime etd = DEFAULT_ETD;
        private OffsetDateTime eta = DEFAULT_ETA;
        private boolean etdSet;
        private boolean etaSet;
        private LocalDate lastFreeDay = DEFAULT_LAST_FREE_DAY;
        private CustomsStatus customs = CustomsStatus.NOT_REPORTED;
        private List<Equipment> equipment = List.of(TestData.uld());
        private List<Reference> references = List.of(new Reference("BOOKING", "LH-BKG-884213"));
        private ShipmentStatus status = ShipmentStatus.CREATED;
        private Instant statusAsOf;
        private Instant createdAt = NOW;
        private Instant updatedAt;
        private long version;

        private MawbBuilder(AwbNumber number) {
            this.number = number;
        }

        public MawbBuilder id(MawbId newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        public MawbBuilder id(UUID newId) {
            return id(new MawbId(newId));
        }

        public MawbBuilder number(AwbNumber newNumber) {
            this.number = Objects.requireNonNull(newNumber, "number");
            return this;
        }

        /** The carrier's designator only; the AWB number keeps its prefix. */
        public MawbBuilder carrier(String designator) {
            this.carrier = Objects.requireNonNull(designator, "designator");
            return this;
        }

        /** The carrier, and its AWB prefix in place of the number's (the serial stays). */
        public MawbBuilder carrier(Carrier newCarrier) {
            this.carrier = newCarrier.designator();
            this.number = new AwbNumber(newCarrier.code().awbPrefix(), number.serial());
            return this;
        }

        public MawbBuilder origin(String airport) {
            this.origin = AirportCode.of(airport);
            return this;
        }

        public MawbBuilder destination(String airport) {
            this.destination = AirportCode.of(airport);
            return this;
        }

        public MawbBuilder shipper(Party party) {
            this.shipper = party;
            return this;
        }

        public MawbBuilder consignee(Party party) {
            this.consignee = party;
            return this;
        }

        /** A consignee with this name and the default address. */
        public MawbBuilder consignee(String name) {
            Party base = TestData.consignee();
            return consignee(new Party(name, base.address(), base.city(), base.countryCode(), base.contact()));
        }

        public MawbBuilder notifyParty(Party party) {
            this.notifyParty = party;
            return this;
        }

        public MawbBuilder pieces(int newPieces) {
            this.pieces = newPieces;
            return this;
        }

        public MawbBuilder weight(Weight newWeight) {
            this.weight = newWeight;
            return this;
        }

        public MawbBuilder volume(Volume newVolume) {
            this.volume = newVolume;
            return this;
        }

        public MawbBuilder commodity(String newCommodity) {
            this.commodity = newCommodity;
            return this;
        }

        /** These legs in place of the default one; ETA and ETD then come from them. */
        public MawbBuilder flights(FlightLeg... legs) {
            this.flights = List.of(legs);
            return this;
        }

        /** No flights at all, so neither ETA nor ETD. */
        public MawbBuilder noFlights() {
            return flights();
        }

        /** The default leg's arrival at the destination, in the destination's offset; null for none. */
        public MawbBuilder eta(Instant instant) {
            return eta(instant == null ? null : instant.atOffset(offsetAt(destination, instant)));
        }

        /** The default leg's arrival, in the offset given; null for none. */
        public MawbBuilder eta(OffsetDateTime time) {
            this.eta = time;
            this.etaSet = true;
            if (!etdSet && time != null) {
                Instant departure = time.toInstant().minus(BLOCK_TIME);
                this.etd = departure.atOffset(offsetAt(origin, departure));
            }
            return this;
        }

        /** The default leg's departure from the origin, in the origin's offset; null for none. */
        public MawbBuilder etd(Instant instant) {
            return etd(instant == null ? null : instant.atOffset(offsetAt(origin, instant)));
        }

        /** The default leg's departure, in the offset given; null for none. */
        public MawbBuilder etd(OffsetDateTime time) {
            this.etd = time;
            this.etdSet = true;
            if (!etaSet && time != null) {
                Instant arrival = time.toInstant().plus(BLOCK_TIME);
                this.eta = arrival.atOffset(offsetAt(destination, arrival));
            }
            return this;
        }

        public MawbBuilder lastFreeDay(LocalDate day) {
            this.lastFreeDay = day;
            return this;
        }

        public MawbBuilder customs(CustomsStatus newCustoms) {
            this.customs = newCustoms;
            return this;
        }

        public MawbBuilder equipment(Equipment... items) {
            this.equipment = List.of(items);
            return this;
        }

        public MawbBuilder references(Reference... items) {
            this.references = List.of(items);
            return this;
        }

        /** The status, as of {@link TestData#NOW} (or null for CREATED). */
        public MawbBuilder status(ShipmentStatus newStatus) {
            return status(newStatus, newStatus == ShipmentStatus.CREATED ? null : NOW);
        }

        public MawbBuilder status(ShipmentStatus newStatus, Instant asOf) {
            this.status = newStatus;
            this.statusAsOf = asOf;
            return this;
        }

        /** When it was created; also when it was last updated, unless {@link #updatedAt} says otherwise. */
        public MawbBuilder createdAt(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        public MawbBuilder updatedAt(Instant instant) {
            this.updatedAt = instant;
            return this;
        }

        public MawbBuilder version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        public Mawb build() {
            List<FlightLeg> legs = flights != null ? flights
                    : List.of(new FlightLeg(new FlightNumber(carrier + "430"), origin, destination, etd, eta, null,
                            null));
            MawbDetails details = new MawbDetails(origin, destination, shipper, consignee, notifyParty, pieces, weight,
                    volume, commodity, legs, lastFreeDay, customs, equipment, references);
            return new Mawb(id, number, carrier, details, status, statusAsOf, createdAt,
                    updatedAt == null ? createdAt : updatedAt, version);
        }

        private static ZoneOffset offsetAt(AirportCode airport, Instant instant) {
            return AirportTimeZones.builtIn().zoneOf(airport).getRules().getOffset(instant);
        }
    }

    /** Builds a {@link Hawb}; see {@link TestData#hawbDetails()} for the defaults. */
    public static final class HawbBuilder {

        private HawbId id = new HawbId(UUID.randomUUID());
        private MawbId mawbId;
        private HawbNumber number;
        private HawbDetails details = TestData.hawbDetails();
        private ShipmentStatus status = ShipmentStatus.CREATED;
        private Instant statusAsOf;
        private Instant createdAt = NOW;
        private Instant updatedAt;
        private long version;

        private HawbBuilder(MawbId mawbId, HawbNumber number) {
            this.mawbId = mawbId;
            this.number = number;
        }

        public HawbBuilder id(HawbId newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        public HawbBuilder id(UUID newId) {
            return id(new HawbId(newId));
        }

        public HawbBuilder mawbId(MawbId newMawbId) {
            this.mawbId = newMawbId;
            return this;
        }

        public HawbBuilder number(String newNumber) {
            this.number = HawbNumber.parse(newNumber);
            return this;
        }

        public HawbBuilder details(HawbDetails newDetails) {
            this.details = newDetails;
            return this;
        }

        public HawbBuilder shipper(Party party) {
            return details(new HawbDetails(party, details.consignee(), details.notifyParty(), details.pieces(),
                    details.weight(), details.description()));
        }

        public HawbBuilder consignee(Party party) {
            return details(new HawbDetails(details.shipper(), party, details.notifyParty(), details.pieces(),
                    details.weight(), details.description()));
        }

        /** A consignee with this name and the default address. */
        public HawbBuilder consignee(String name) {
            Party base = TestData.consignee();
            return consignee(new Party(name, base.address(), base.city(), base.countryCode(), base.contact()));
        }

        public HawbBuilder notifyParty(Party party) {
            return details(new HawbDetails(details.shipper(), details.consignee(), party, details.pieces(),
                    details.weight(), details.description()));
        }

        public HawbBuilder pieces(int pieces) {
            return details(new HawbDetails(details.shipper(), details.consignee(), details.notifyParty(), pieces,
                    details.weight(), details.description()));
        }

        public HawbBuilder weight(Weight weight) {
            return details(new HawbDetails(details.shipper(), details.consignee(), details.notifyParty(),
                    details.pieces(), weight, details.description()));
        }

        public HawbBuilder description(String description) {
            return details(new HawbDetails(details.shipper(), details.consignee(), details.notifyParty(),
                    details.pieces(), details.weight(), description));
        }

        /** The status, as of {@link TestData#NOW} (or null for CREATED). */
        public HawbBuilder status(ShipmentStatus newStatus) {
            return status(newStatus, newStatus == ShipmentStatus.CREATED ? null : NOW);
        }

        public HawbBuilder status(ShipmentStatus newStatus, Instant asOf) {
            this.status = newStatus;
            this.statusAsOf = asOf;
            return this;
        }

        /** When it was created; also when it was last updated, unless {@link #updatedAt} says otherwise. */
        public HawbBuilder createdAt(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        public HawbBuilder updatedAt(Instant instant) {
            this.updatedAt = instant;
            return this;
        }

        public HawbBuilder version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        public Hawb build() {
            return new Hawb(id, mawbId, number, details, status, statusAsOf, createdAt,
                    updatedAt == null ? createdAt : updatedAt, version);
        }
    }

    /**
     * Builds a {@link TrackingEvent}; see {@link TestData#eventBuilder} for the defaults. Unless a dedupe key is set,
     * it is derived from the content at {@link #build()}, as the application derives it.
     */
    public static final class EventBuilder {

        private EventId id = new EventId(UUID.randomUUID());
        private ShipmentRef subject;
        private EventCode code = EventCode.of("DEP");
        private TimeType timeType = TimeType.ACTUAL;
        private OffsetDateTime occurredAt = OffsetDateTime.parse("2025-03-15T13:17:00+01:00");
        private AirportCode location = AirportCode.of("FRA");
        private ShipmentPortion portion = new ShipmentPortion(PortionType.TOTAL, 12, Weight.kg("1250.5"));
        private FlightNumber flight = new FlightNumber("LH430");
        private EventSource source = EventSource.CARRIER;
        private String remarks;
        private Map<String, String> metadata = Map.of();
        private String dedupeKey;
        private Instant recordedAt = NOW;
        private String recordedBy = "system";

        private EventBuilder(ShipmentRef subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        public EventBuilder id(EventId newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        public EventBuilder id(UUID newId) {
            return id(new EventId(newId));
        }

        public EventBuilder subject(ShipmentRef newSubject) {
            this.subject = newSubject;
            return this;
        }

        /** A standard FSU code such as {@code ARR} or a custom one such as {@code TRUCK_LOADED}. */
        public EventBuilder code(String newCode) {
            this.code = EventCode.of(newCode);
            return this;
        }

        public EventBuilder timeType(TimeType newTimeType) {
            this.timeType = newTimeType;
            return this;
        }

        public EventBuilder occurredAt(OffsetDateTime time) {
            this.occurredAt = time;
            return this;
        }

        /** When it happened, in UTC. */
        public EventBuilder occurredAt(Instant instant) {
            return occurredAt(instant.atOffset(ZoneOffset.UTC));
        }

        public EventBuilder location(String airport) {
            this.location = airport == null ? null : AirportCode.of(airport);
            return this;
        }

        public EventBuilder portion(ShipmentPortion newPortion) {
            this.portion = newPortion;
            return this;
        }

        public EventBuilder flight(String newFlight) {
            this.flight = newFlight == null ? null : FlightNumber.parse(newFlight, "flight");
            return this;
        }

        public EventBuilder source(EventSource newSource) {
            this.source = newSource;
            return this;
        }

        public EventBuilder remarks(String newRemarks) {
            this.remarks = newRemarks;
            return this;
        }

        public EventBuilder metadata(Map<String, String> newMetadata) {
            this.metadata = newMetadata;
            return this;
        }

        /** Adds one metadata entry. */
        public EventBuilder metadata(String key, String value) {
            Map<String, String> copy = new LinkedHashMap<>(metadata);
            copy.put(key, value);
            this.metadata = copy;
            return this;
        }

        /** The caller's dedupe key; null to derive it from the content. */
        public EventBuilder dedupeKey(String key) {
            this.dedupeKey = key;
            return this;
        }

        public EventBuilder recordedAt(Instant instant) {
            this.recordedAt = instant;
            return this;
        }

        public EventBuilder recordedBy(String userId) {
            this.recordedBy = userId;
            return this;
        }

        public TrackingEvent build() {
            String key = dedupeKey != null ? dedupeKey
                    : DedupeKeys.derive(subject, code, timeType, occurredAt, location, flight, portion);
            return new TrackingEvent(id, subject, code, timeType, occurredAt, location, portion, flight, source,
                    remarks, metadata, key, recordedAt, recordedBy);
        }
    }

    /** Builds a {@link Bill}; see {@link TestData#bill(Mawb)} for the defaults. */
    public static final class BillBuilder {

        private BillId id = new BillId(UUID.randomUUID());
        private MawbId mawbId;
        private BillType type = BillType.ISC;
        private Money amount = Money.of("125.50", "USD");
        private LocalDate dueDate = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(7);
        private BillStatus status = BillStatus.OPEN;
        private String paymentReference;
        private Instant paidAt;
        private Instant createdAt = NOW;
        private long version;

        private BillBuilder(MawbId mawbId) {
            this.mawbId = Objects.requireNonNull(mawbId, "mawbId");
        }

        public BillBuilder id(BillId newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        public BillBuilder id(UUID newId) {
            return id(new BillId(newId));
        }

        public BillBuilder type(BillType newType) {
            this.type = newType;
            return this;
        }

        public BillBuilder amount(Money newAmount) {
            this.amount = newAmount;
            return this;
        }

        /** An amount such as {@code "125.50", "USD"}. */
        public BillBuilder amount(String value, String currency) {
            return amount(Money.of(value, currency));
        }

        public BillBuilder dueDate(LocalDate date) {
            this.dueDate = date;
            return this;
        }

        /** Paid with this reference at this time. */
        public BillBuilder paid(String reference, Instant at) {
            this.status = BillStatus.PAID;
            this.paymentReference = reference;
            this.paidAt = at;
            return this;
        }

        public BillBuilder voided() {
            this.status = BillStatus.VOID;
            this.paymentReference = null;
            this.paidAt = null;
            return this;
        }

        public BillBuilder createdAt(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        public BillBuilder version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        public Bill build() {
            return new Bill(id, mawbId, type, amount, dueDate, status, paymentReference, paidAt, createdAt, version);
        }
    }

    /** Builds an {@link Attachment}; see {@link TestData#attachment} for the defaults. */
    public static final class AttachmentBuilder {

        private AttachmentId id = new AttachmentId(UUID.randomUUID());
        private ShipmentRef owner;
        private String fileTypeCode = "COMMERCIAL_INVOICE";
        private String fileName = "invoice.pdf";
        private String mediaType = "application/pdf";
        private long sizeBytes = 48_213;
        private String sha256;
        private String storageKey;
        private String uploadedBy = "anna.schmidt";
        private Instant uploadedAt = NOW;

        private AttachmentBuilder(ShipmentRef owner) {
            this.owner = Objects.requireNonNull(owner, "owner");
        }

        public AttachmentBuilder id(AttachmentId newId) {
            this.id = Objects.requireNonNull(newId, "id");
            return this;
        }

        public AttachmentBuilder id(UUID newId) {
            return id(new AttachmentId(newId));
        }

        public AttachmentBuilder owner(ShipmentRef newOwner) {
            this.owner = newOwner;
            return this;
        }

        public AttachmentBuilder fileTypeCode(String code) {
            this.fileTypeCode = code;
            return this;
        }

        public AttachmentBuilder fileName(String name) {
            this.fileName = name;
            return this;
        }

        public AttachmentBuilder mediaType(String type) {
            this.mediaType = type;
            return this;
        }

        public AttachmentBuilder sizeBytes(long size) {
            this.sizeBytes = size;
            return this;
        }

        /** The content hash; by default the SHA-256 of the file name. */
        public AttachmentBuilder sha256(String hash) {
            this.sha256 = hash;
            return this;
        }

        /** Where the bytes are stored; by default {@code attachments/<owner id>/<id>}. */
        public AttachmentBuilder storageKey(String key) {
            this.storageKey = key;
            return this;
        }

        public AttachmentBuilder uploadedBy(String userId) {
            this.uploadedBy = userId;
            return this;
        }

        public AttachmentBuilder uploadedAt(Instant instant) {
            this.uploadedAt = instant;
            return this;
        }

        public Attachment build() {
            return new Attachment(id, owner, fileTypeCode, fileName, mediaType, sizeBytes,
                    sha256 != null ? sha256 : TestData.sha256(fileName),
                    storageKey != null ? storageKey : "attachments/" + owner.id() + "/" + id, uploadedBy, uploadedAt);
        }
    }

    private TestData() {
    }
}
