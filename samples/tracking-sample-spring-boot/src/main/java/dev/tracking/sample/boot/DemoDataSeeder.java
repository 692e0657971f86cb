package dev.tracking.sample.boot;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.identifier.UldId;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.spring.autoconfigure.ScopedActorProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a dozen demo MAWBs, so that the API and Swagger UI show real content at once: on
 * seeded carriers (LH, EK, SQ, QR, KL, CX, BA, TK, UA), spread over every step of the default US air-import SOP, with
 * their documents (small PDFs in the {@link AttachmentStorage}), carrier events (DEP, ARR, RCF, CCD, DLV ...), bills
 * (ISC open and paid, storage, duty, trucking), HAWBs under some of them, a ULD on one and an ocean container on another.
 *
 * <p>Everything goes through the platform's use cases, acting as user {@value #SEEDER} in role {@code admin}, so the
 * demo data has its audit trail, workflow history and reminders like any other. It runs at start-up only when the
 * database holds no MAWB at all: a restart (the data is kept in the H2 file) adds nothing. Off with
 * {@code sample.demo-data.enabled=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "sample.demo-data.enabled", matchIfMissing = true)
class DemoDataSeeder implements ApplicationRunner {

    /** The user the demo data is recorded as. */
    static final String SEEDER = "demo-data";

    /** How many demo MAWBs there are. */
    static final int MAWB_COUNT = 12;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final Actor ACTOR = Actor.user(SEEDER, "admin");
    private static final List<String> STEPS = List.of("PRE_ALERT", "DOCS_COMPLETE", "ARRIVED", "ISC_PAID",
            "CUSTOMS_RELEASED", "PICKUP_SCHEDULED", "DELIVERED", "EMPTY_RETURNED", "CLOSED");

    private final TrackingPlatform platform;
    private final AttachmentStorage storage;
    private final ScopedActorProvider actors;
    private final Clock clock;
    private final AirportTimeZones zones;

    DemoDataSeeder(TrackingPlatform platform, AttachmentStorage storage, ScopedActorProvider actors, Clock clock,
            ObjectProvider<AirportTimeZones> zones) {
        this.platform = platform;
        this.storage = storage;
        this.actors = actors;
        this.clock = clock;
        this.zones = zones.getIfUnique(AirportTimeZones::builtIn);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        actors.runAs(ACTOR, this::seedIfEmpty);
    }

    /** Seeds the demo MAWBs when there is no MAWB yet; returns how many it created. */
    int seedIfEmpty() {
        if (!platform.mawbs().list(new ListMawbsCommand(null, null, PageRequest.first(1))).items().isEmpty()) {
            LOG.info("Demo data: the database already holds MAWBs; nothing seeded");
            return 0;
        }
        Instant now = clock.instant();
        List<Shipment> shipments = demoShipments();
        for (Shipment shipment : shipments) {
            seed(shipment, now);
        }
        LOG.info("Demo data: {} MAWBs seeded (with HAWBs, documents, events and bills) as user {}",
                shipments.size(), SEEDER);
        return shipments.size();
    }

    /** The demo shipments: every step of the SOP, some with houses, bills, a ULD and an ocean container. */
    static List<Shipment> demoShipments() {
        return List.of(
                new Shipment("176", "4021185", "EK9903", "DXB", "JFK", 14.0)
                        .parties(party("Gulf Precision Tools LLC", "Dubai", "AE"),
                                party("Atlantic Machine Works Inc.", "Newark", "US"))
                        .cargo(18, "2310.0", "11.4", "Machine tool spare parts, HS 8466.93")
                        .departsInHours(30).target("PRE_ALERT"),
                new Shipment("618", "2754410", "SQ7958", "SIN", "LAX", 16.5)
                        .parties(party("Lion City Consolidators Pte Ltd", "Singapore", "SG"),
                                party("Pacific Coast Distribution Co.", "Los Angeles", "US"))
                        .cargo(42, "3120.5", "19.8", "Consolidation: electronics and textiles")
                        .departsInHours(10).documents("MAWB")
                        .house("SIN20411", party("Mercury Components Pte Ltd", "Singapore", "SG"),
                                party("Brightline Electronics", "Irvine", "US"), 30, "2210.0", "Circuit boards")
                        .house("SIN20412", party("Orchard Apparel Pte Ltd", "Singapore", "SG"),
                                party("Sunset Fashion Wholesale", "Los Angeles", "US"), 12, "910.5",
                                "Cotton garments")
                        .target("PRE_ALERT"),
                new Shipment("020", "8812345", "LH8160", "FRA", "ORD", 9.5)
                        .parties(party("Rheinmetall Pumpen GmbH", "Frankfurt", "DE"),
                                party("Great Lakes Industrial Supply", "Chicago", "US"))
                        .cargo(12, "1250.5", "7.25", "Hydraulic pumps, HS 8413.60")
                        .departsInHours(-5).target("DOCS_COMPLETE"),
                new Shipment("157", "3301786", "QR8141", "DOH", "ATL", 15.0)
                        .parties(party("Pearl Freight Consolidation WLL", "Doha", "QA"),
                                party("Peachtree Imports LLC", "Atlanta", "US"))
                        .cargo(55, "4020.0", "26.0", "Consolidation: furniture, lighting, carpets")
                        .departsInHours(20)
                        .house("DOH7781", party("Al Waha Furniture", "Doha", "QA"),
                                party("Southern Living Interiors", "Atlanta", "US"), 25, "2100.0", "Wooden furniture")
                        .house("DOH7782", party("Desert Light Trading", "Doha", "QA"),
                                party("Lumen Home Stores", "Savannah", "US"), 20, "1120.0", "Lamps and fittings")
                        .house("DOH7783", party("Qatar Carpet House", "Doha", "QA"),
                                party("Peachtree Imports LLC", "Atlanta", "US"), 10, "800.0", "Hand-knotted carpets")
                        .target("DOCS_COMPLETE"),
                new Shipment("074", "5512050", "KL6031", "AMS", "JFK", 8.5)
                        .parties(party("Holland Flower Auction BV", "Aalsmeer", "NL"),
                                party("Manhattan Floral Wholesale", "New York", "US"))
                        .cargo(64, "1880.0", "14.2", "Fresh cut flowers, perishable (PER)")
                        .departsInHours(-20).lastFreeDayInDays(2)
                        .bill(BillType.ISC, "85.00", false)
                        .target("ARRIVED"),
                new Shipment("160", "6604418", "CX2086", "HKG", "LAX", 13.0)
                        .parties(party("Kowloon Toys Manufacturing Ltd", "Hong Kong", "HK"),
                                party("West Coast Toy Outlet", "Long Beach", "US"))
                        .cargo(120, "5460.0", "38.5", "Plastic toys and games, HS 9503")
                        .departsInHours(-96).lastFreeDayInDays(-1)
                        .bill(BillType.STORAGE, "240.00", false)
                        .target("ARRIVED"),
                new Shipment("125", "7738204", "BA0295", "LHR", "MIA", 9.5)
                        .parties(party("Thames Pharma Logistics Ltd", "London", "GB"),
                                party("Biscayne Health Distributors", "Miami", "US"))
                        .cargo(8, "640.0", "3.1", "Pharmaceuticals, temperature controlled 2-8 C")
                        .departsInHours(-40).lastFreeDayInDays(3)
                        .bill(BillType.ISC, "95.00", true)
                        .target("ISC_PAID"),
                new Shipment("235", "1120456", "TK6353", "IST", "ORD", 11.5)
                        .parties(party("Anatolia Textiles AS", "Istanbul", "TR"),
                                party("Windy City Home Goods", "Chicago", "US"))
                        .cargo(36, "2890.0", "17.0", "Towels and bath linen, HS 6302.60")
                        .departsInHours(-70).lastFreeDayInDays(1)
                        .bill(BillType.ISC, "85.00", true).bill(BillType.DUTY, "1312.40", true)
                        .target("CUSTOMS_RELEASED"),
                new Shipment("016", "9045121", "UA8905", "FRA", "SFO", 11.5)
                        .parties(party("Schwarzwald Optik GmbH", "Freiburg", "DE"),
                                party("Bay Area Vision Labs", "San Francisco", "US"))
                        .cargo(6, "310.0", "1.9", "Precision optical lenses")
                        .departsInHours(-76).lastFreeDayInDays(2)
                        .bill(BillType.ISC, "75.00", true).bill(BillType.TRUCKING, "420.00", false)
                        .target("PICKUP_SCHEDULED"),
                new Shipment("176", "4027731", "EK9011", "DXB", "LAX", 16.0)
                        .parties(party("Jebel Ali Sea-Air Services FZE", "Dubai", "AE"),
                                party("Harbor Freight Imports Inc.", "Long Beach", "US"))
                        .cargo(210, "9800.0", "58.0", "Sea-air: auto parts in a 40' container")
                        .container("CSQU3054383", "SEAL884120")
                        .departsInHours(-150).lastFreeDayInDays(-3)
                        .bill(BillType.ISC, "110.00", true)
                        .target("DELIVERED"),
                new Shipment("020", "8819940", "LH8400", "FRA", "JFK", 9.0)
                        .parties(party("Bavaria Motorrad Teile AG", "Munich", "DE"),
                                party("Empire Motorcycle Supply", "Yonkers", "US"))
                        .cargo(22, "1740.0", "9.6", "Motorcycle parts on a pallet ULD")
                        .uld("PMC72534LH")
                        .departsInHours(-120).lastFreeDayInDays(-2)
                        .bill(BillType.ISC, "85.00", true)
                        .house("FRA55012", party("Bavaria Motorrad Teile AG", "Munich", "DE"),
                                party("Empire Motorcycle Supply", "Yonkers", "US"), 22, "1740.0", "Motorcycle parts")
                        .target("DELIVERED"),
                new Shipment("618", "2760032", "SQ7954", "SIN", "ORD", 18.0)
                        .parties(party("Straits Semiconductor Pte Ltd", "Singapore", "SG"),
                                party("Midwest Chip Assembly Corp.", "Schaumburg", "US"))
                        .cargo(14, "520.0", "2.8", "Semiconductors, HS 8542.31")
                        .departsInHours(-220).lastFreeDayInDays(-6)
                        .bill(BillType.ISC, "85.00", true).bill(BillType.STORAGE, "60.00", true)
                        .house("SIN20377", party("Straits Semiconductor Pte Ltd", "Singapore", "SG"),
                                party("Midwest Chip Assembly Corp.", "Schaumburg", "US"), 14, "520.0",
                                "Integrated circuits")
                        .target("CLOSED"));
    }

    private void seed(Shipment s, Instant now) {
        AirportCode origin = AirportCode.of(s.origin);
        AirportCode destination = AirportCode.of(s.destination);
        ZoneId originZone = zones.zoneOf(origin);
        ZoneId destinationZone = zones.zoneOf(destination);
        Instant departure = now.plus(Duration.ofHours(s.departsInHours));
        Instant arrival = departure.plus(Duration.ofMinutes(Math.round(s.flightHours * 60)));
        LocalDate lastFreeDay = s.lastFreeDayInDays == null ? null
                : LocalDate.ofInstant(now, destinationZone).plusDays(s.lastFreeDayInDays);
        List<Equipment> equipment = new ArrayList<>();
        if (s.container != null) {
            equipment.add(new Equipment(ContainerNumber.parse(s.container), s.seal));
        }
        if (s.uld != null) {
            equipment.add(Equipment.of(UldId.parse(s.uld)));
        }
        MawbDetails details = new MawbDetails(origin, destination, s.shipper, s.consignee, null, s.pieces,
                Weight.kg(s.kg), Volume.cbm(s.cbm), s.commodity,
                List.of(FlightLeg.scheduled(s.flight, s.origin, s.destination,
                        OffsetDateTime.ofInstant(departure, originZone),
                        OffsetDateTime.ofInstant(arrival, destinationZone))),
                lastFreeDay, null, equipment, List.of());
        AwbNumber number = AwbNumber.parse(s.prefix + "-" + s.serial + AwbNumber.checkDigitOf(s.serial));
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(number, details));
        ShipmentRef ref = ShipmentRef.of(mawb.id());

        for (House house : s.houses) {
            Hawb hawb = platform.hawbs().create(new CreateHawbCommand(mawb.id(), HawbNumber.parse(house.number),
                    new HawbDetails(house.shipper, house.consignee, null, house.pieces, Weight.kg(house.kg),
                            house.description)));
            if (reached(s.target, "DOCS_COMPLETE")) {
                attach(ShipmentRef.of(hawb.id()), "HAWB", "House air waybill " + house.number, mawb, now);
            }
        }
        for (String type : s.documents) {
            attach(ref, type, title(type), mawb, now);
        }
        if (s.departsInHours > 0) {
            event(ref, "BKD", now.minus(Duration.ofHours(6)), origin, s.flight, now);
        } else {
            event(ref, "RCS", departure.minus(Duration.ofHours(8)), origin, null, now);
            event(ref, "DEP", departure, origin, s.flight, now);
        }

        if (reached(s.target, "DOCS_COMPLETE")) {
            for (String type : List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST")) {
                if (!s.documents.contains(type)) {
                    attach(ref, type, title(type), mawb, now);
                }
            }
            advance(mawb, "PRE_ALERT");
            if (!reached(s.target, "ARRIVED") && s.departsInHours <= 0) {
                platform.events().record(new RecordEventCommand(ref, EventCode.of("ARR"), TimeType.ESTIMATED,
                        OffsetDateTime.ofInstant(arrival, destinationZone), destination, null,
                        FlightNumber.parse(s.flight, "flight"), EventSource.CARRIER, null, null, null));
            }
        }
        if (reached(s.target, "ARRIVED")) {
            // the carrier's ARR at the destination moves the MAWB into ARRIVED by itself
            event(ref, "ARR", arrival, destination, s.flight, now);
            event(ref, "RCF", arrival.plus(Duration.ofHours(2)), destination, null, now);
            event(ref, "NFD", arrival.plus(Duration.ofHours(3)), destination, null, now);
            attach(ref, "ARRIVAL_NOTICE", "Arrival notice", mawb, now);
        }
        for (DemoBill bill : s.bills) {
            Bill created = platform.bills().create(new CreateBillCommand(mawb.id(), bill.type,
                    Money.of(bill.amount, "USD"), lastFreeDay));
            if (bill.paid) {
                platform.bills().markPaid(new SettleBillCommand(created.id(), created.version(),
                        "WIRE-" + s.serial + "-" + bill.type.name().charAt(0)));
            }
        }
        if (reached(s.target, "ISC_PAID")) {
            attach(ref, "ISC_RECEIPT", "ISC payment receipt", mawb, now);
            advance(mawb, "ARRIVED");
        }
        if (reached(s.target, "CUSTOMS_RELEASED")) {
            attach(ref, "CUSTOMS_ENTRY", "Customs entry (CBP 7501)", mawb, now);
            attach(ref, "CUSTOMS_RELEASE", "Customs release", mawb, now);
            event(ref, "CCD", arrival.plus(Duration.ofHours(6)), destination, null, now);
            advance(mawb, "ISC_PAID");
        }
        if (reached(s.target, "PICKUP_SCHEDULED")) {
            attach(ref, "DELIVERY_ORDER", "Delivery order", mawb, now);
            advance(mawb, "CUSTOMS_RELEASED");
        }
        Instant delivered = arrival.plus(Duration.ofHours(26));
        if (reached(s.target, "DELIVERED")) {
            // DLV moves it into DELIVERED by itself
            event(ref, "DLV", delivered, destination, null, now);
            attach(ref, "PROOF_OF_DELIVERY", "Proof of delivery", mawb, now);
        }
        if (reached(s.target, "EMPTY_RETURNED") && s.container != null) {
            attach(ref, "EMPTY_RETURN_RECEIPT", "Empty container return receipt (EIR)", mawb, now);
            platform.events().record(new RecordEventCommand(ref, EventCode.of(WorkflowEventCodes.EMPTY_RETURNED),
                    TimeType.ACTUAL, at(delivered.plus(Duration.ofHours(48)), destination, now), destination, null,
                    null, EventSource.MANUAL, "Empty returned to the line's depot",
                    Map.of(WorkflowEventCodes.EQUIPMENT, s.container), null));
            advance(mawb, "DELIVERED");
        }
        if (reached(s.target, "CLOSED")) {
            advance(mawb, platform.workflows().status(mawb.id()).current().code());
        }
        String reachedStep = platform.workflows().status(mawb.id()).current().code();
        if (!reachedStep.equals(s.target)) {
            throw new IllegalStateException("Demo MAWB " + number + " reached " + reachedStep + ", not " + s.target);
        }
        LOG.debug("Demo data: MAWB {} at {}", number, reachedStep);
    }

    private void advance(Mawb mawb, String expectedStep) {
        platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), expectedStep));
    }

    private void event(ShipmentRef ref, String code, Instant when, AirportCode location, String flight,
            Instant now) {
        platform.events().record(new RecordEventCommand(ref, EventCode.of(code), TimeType.ACTUAL,
                at(when, location, now), location, null, flight == null ? null : FlightNumber.parse(flight, "flight"),
                EventSource.CARRIER, null, null, null));
    }

    /** The time in the airport's zone, never later than a minute before now (actual events lie in the past). */
    private OffsetDateTime at(Instant when, AirportCode location, Instant now) {
        Instant latest = now.minus(Duration.ofMinutes(1));
        return OffsetDateTime.ofInstant(when.isAfter(latest) ? latest : when, zones.zoneOf(location));
    }

    private void attach(ShipmentRef owner, String fileType, String title, Mawb mawb, Instant now) {
        byte[] pdf = DemoPdf.of(title, List.of(
                "AWB " + mawb.number() + "   " + mawb.details().origin() + " -> " + mawb.details().destination(),
                "Shipper:   " + mawb.details().shipper().name(),
                "Consignee: " + mawb.details().consignee().name(),
                "Pieces: " + mawb.details().pieces() + "   Weight: " + mawb.details().weight(),
                "Issued: " + now));
        try {
            AttachmentStorage.StoredDocument stored = storage.store(new ByteArrayInputStream(pdf), pdf.length);
            platform.attachments().add(new AddAttachmentCommand(owner, fileType,
                    fileType.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf", "application/pdf",
                    stored.sizeBytes(), stored.sha256(), stored.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a demo document", e);
        }
    }

    private static String title(String fileType) {
        return switch (fileType) {
            case "MAWB" -> "Master air waybill";
            case "COMMERCIAL_INVOICE" -> "Commercial invoice";
            case "PACKING_LIST" -> "Packing list";
            default -> fileType;
        };
    }

    private static boolean reached(String target, String step) {
        return STEPS.indexOf(target) >= STEPS.indexOf(step);
    }

    private static Party party(String name, String city, String country) {
        return new Party(name, null, city, country, null);
    }

    /** One demo MAWB and how far it has come. */
    static final class Shipment {

        final String prefix;
        final String serial;
        final String flight;
        final String origin;
        final String destination;
        final double flightHours;
        Party shipper;
        Party consignee;
        int pieces;
        String kg;
        String cbm;
        String commodity;
        long departsInHours;
        Integer lastFreeDayInDays;
        String container;
        String seal;
        String uld;
        String target = "PRE_ALERT";
        final List<String> documents = new ArrayList<>();
        final List<House> houses = new ArrayList<>();
        final List<DemoBill> bills = new ArrayList<>();

        Shipment(String prefix, String serial, String flight, String origin, String destination, double flightHours) {
            this.prefix = prefix;
            this.serial = serial;
            this.flight = flight;
            this.origin = origin;
            this.destination = destination;
            this.flightHours = flightHours;
        }

        /** The AWB number, with its check digit. */
        String awbNumber() {
            return prefix + "-" + serial + AwbNumber.checkDigitOf(serial);
        }

        String target() {
            return target;
        }

        Shipment parties(Party newShipper, Party newConsignee) {
            this.shipper = newShipper;
            this.consignee = newConsignee;
            return this;
        }

        Shipment cargo(int newPieces, String newKg, String newCbm, String newCommodity) {
            this.pieces = newPieces;
            this.kg = newKg;
            this.cbm = newCbm;
            this.commodity = newCommodity;
            return this;
        }

        /** Departure from now: positive in the future, negative in the past. */
        Shipment departsInHours(long hours) {
            this.departsInHours = hours;
            return this;
        }

        /** The last free day from today at the destination: negative when it has passed. */
        Shipment lastFreeDayInDays(int days) {
            this.lastFreeDayInDays = days;
            return this;
        }

        Shipment documents(String... fileTypes) {
            documents.addAll(List.of(fileTypes));
            return this;
        }

        Shipment house(String number, Party houseShipper, Party houseConsignee, int housePieces, String houseKg,
                String description) {
            houses.add(new House(number, houseShipper, houseConsignee, housePieces, houseKg, description));
            return this;
        }

        Shipment bill(BillType type, String amount, boolean paid) {
            bills.add(new DemoBill(type, amount, paid));
            return this;
        }

        Shipment container(String number, String sealNumber) {
            this.container = number;
            this.seal = sealNumber;
            return this;
        }

        Shipment uld(String id) {
            this.uld = id;
            return this;
        }

        Shipment target(String step) {
            if (!STEPS.contains(step)) {
                throw new IllegalArgumentException(step);
            }
            this.target = step;
            return this;
        }
    }

    private record House(String number, Party shipper, Party consignee, int pieces, String kg, String description) {
    }

    private record DemoBill(BillType type, String amount, boolean paid) {
    }
}
