package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.query.GeneratedShipment.Bill;
import dev.tracking.benchmarks.query.GeneratedShipment.Event;
import dev.tracking.benchmarks.query.GeneratedShipment.House;
import dev.tracking.benchmarks.query.GeneratedShipment.Leg;
import dev.tracking.benchmarks.query.TableSink.Table;
import java.util.function.IntConsumer;

/**
 * Writes the generated shipments into the tracking tables: first every MAWB, then (each table on its own sink, so
 * PostgreSQL works on them side by side) their flights, HAWBs, bills, events and the events' dedupe keys. The MAWBs
 * are made twice, which is cheaper than holding a million of them.
 */
final class ShipmentLoader {

    static final Table MAWBS = new Table("mawbs", "id", "awb_number", "carrier", "origin", "destination",
            "shipper_name", "consignee_name", "pieces", "weight_amount", "weight_unit", "volume_amount",
            "volume_unit", "commodity", "etd", "eta", "last_free_day", "customs_status", "status", "status_as_of",
            "created_at", "updated_at", "version");
    static final Table FLIGHTS = new Table("mawb_flights", "mawb_id", "seq", "flight", "from_airport", "to_airport",
            "etd", "etd_offset", "eta", "eta_offset", "atd", "atd_offset", "ata", "ata_offset");
    static final Table HAWBS = new Table("hawbs", "id", "mawb_id", "hawb_number", "shipper_name", "consignee_name",
            "pieces", "weight_amount", "weight_unit", "status", "status_as_of", "created_at", "updated_at",
            "version");
    static final Table BILLS = new Table("bills", "id", "mawb_id", "bill_type", "amount", "currency", "due_date",
            "status", "payment_reference", "paid_at", "created_at", "version");
    static final Table EVENTS = new Table("mawb_events", "id", "mawb_id", "code", "time_type", "occurred_at",
            "occurred_offset", "location", "portion_type", "portion_pieces", "portion_weight_amount",
            "portion_weight_unit", "flight", "source", "dedupe_key", "recorded_at", "recorded_by");
    static final Table DEDUPE_KEYS = new Table("event_dedupe_keys", "shipment_kind", "shipment_id", "dedupe_key",
            "event_id", "claimed_at");

    /** How many rows went into each table. */
    record Counts(long mawbs, long flights, long hawbs, long bills, long events, long dedupeKeys) {
    }

    private final ShipmentGenerator generator;
    private final TableSink.Factory sinks;

    ShipmentLoader(ShipmentGenerator generator, TableSink.Factory sinks) {
        this.generator = generator;
        this.sinks = sinks;
    }

    /** Loads everything; {@code progress} hears the number of MAWBs done in each pass now and then. */
    Counts load(IntConsumer progress) {
        int total = generator.mawbs();
        long mawbs;
        try (TableSink sink = sinks.open(MAWBS)) {
            for (int i = 0; i < total; i++) {
                writeMawb(sink, generator.shipment(i));
                report(progress, i);
            }
            mawbs = sink.rows();
        }
        try (TableSink flights = sinks.open(FLIGHTS);
                TableSink hawbs = sinks.open(HAWBS);
                TableSink bills = sinks.open(BILLS);
                TableSink events = sinks.open(EVENTS);
                TableSink keys = sinks.open(DEDUPE_KEYS)) {
            for (int i = 0; i < total; i++) {
                GeneratedShipment shipment = generator.shipment(i);
                writeFlights(flights, shipment);
                writeHouse(hawbs, shipment);
                writeBills(bills, shipment);
                writeEvents(events, keys, shipment);
                report(progress, i);
            }
            flights.close();
            hawbs.close();
            bills.close();
            events.close();
            keys.close();
            return new Counts(mawbs, flights.rows(), hawbs.rows(), bills.rows(), events.rows(), keys.rows());
        }
    }

    private static void report(IntConsumer progress, int i) {
        if ((i + 1) % 100_000 == 0) {
            progress.accept(i + 1);
        }
    }

    private static void writeMawb(TableSink sink, GeneratedShipment m) {
        sink.row(m.id(), m.awbNumber(), m.carrier(), m.origin(), m.destination(), m.shipperName(),
                m.consigneeName(), m.pieces(), m.weightKg(), "KG", m.volumeCbm(), m.volumeCbm() == null ? null : "CBM",
                m.commodity(), m.etd(), m.eta(), m.lastFreeDay(), m.customsStatus(), m.status(), m.statusAsOf(),
                m.createdAt(), m.updatedAt(), m.version());
    }

    private static void writeFlights(TableSink sink, GeneratedShipment m) {
        for (int seq = 0; seq < m.legs().size(); seq++) {
            Leg leg = m.legs().get(seq);
            sink.row(m.id(), (short) seq, leg.flight(), leg.from(), leg.to(), leg.etd(), leg.etdOffset(), leg.eta(),
                    leg.etaOffset(), leg.atd(), leg.atd() == null ? null : leg.etdOffset(), leg.ata(),
                    leg.ata() == null ? null : leg.etaOffset());
        }
    }

    private static void writeHouse(TableSink sink, GeneratedShipment m) {
        House h = m.house();
        if (h != null) {
            sink.row(h.id(), m.id(), h.number(), h.shipperName(), h.consigneeName(), h.pieces(), h.weightKg(), "KG",
                    m.status(), m.statusAsOf(), h.createdAt(),
                    m.statusAsOf() != null && m.statusAsOf().isAfter(h.createdAt()) ? m.statusAsOf() : h.createdAt(),
                    1L);
        }
    }

    private static void writeBills(TableSink sink, GeneratedShipment m) {
        for (Bill b : m.bills()) {
            sink.row(b.id(), m.id(), b.type(), b.amount(), b.currency(), b.dueDate(), b.status(),
                    b.paymentReference(), b.paidAt(), b.createdAt(), b.version());
        }
    }

    private static void writeEvents(TableSink events, TableSink keys, GeneratedShipment m) {
        for (Event e : m.events()) {
            events.row(e.id(), m.id(), e.code(), e.timeType(), e.occurredAt(), e.occurredOffset(), e.location(),
                    e.portionPieces() == null ? null : "TOTAL", e.portionPieces(), e.portionWeightKg(),
                    e.portionWeightKg() == null ? null : "KG", e.flight(), e.source(), e.dedupeKey(), e.recordedAt(),
                    e.recordedBy());
            keys.row("MAWB", m.id(), e.dedupeKey(), e.id(), e.recordedAt());
        }
    }
}
