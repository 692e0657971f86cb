package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.EquipmentId;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.identifier.UldId;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Maps a MAWB's flights, references and equipment to their rows, keyed by (mawb_id, seq) in list order, and back. */
final class MawbChildMapper {

    static List<Object> toRows(UUID mawbId, MawbDetails details) {
        List<Object> rows = new ArrayList<>();
        rows.addAll(toFlightRows(mawbId, details.flights()));
        rows.addAll(toReferenceRows(mawbId, details.references()));
        rows.addAll(toEquipmentRows(mawbId, details.equipment()));
        return rows;
    }

    static List<FlightLegEntity> toFlightRows(UUID mawbId, List<FlightLeg> flights) {
        List<FlightLegEntity> rows = new ArrayList<>();
        for (int seq = 0; seq < flights.size(); seq++) {
            FlightLeg leg = flights.get(seq);
            FlightLegEntity row = new FlightLegEntity();
            row.mawbId = mawbId;
            row.seq = (short) seq;
            row.flight = leg.flight().value();
            row.fromAirport = leg.from().value();
            row.toAirport = leg.to().value();
            row.etd = TimeColumns.instantOf(leg.etd());
            row.etdOffset = TimeColumns.offsetOf(leg.etd());
            row.eta = TimeColumns.instantOf(leg.eta());
            row.etaOffset = TimeColumns.offsetOf(leg.eta());
            row.atd = TimeColumns.instantOf(leg.atd());
            row.atdOffset = TimeColumns.offsetOf(leg.atd());
            row.ata = TimeColumns.instantOf(leg.ata());
            row.ataOffset = TimeColumns.offsetOf(leg.ata());
            rows.add(row);
        }
        return rows;
    }

    static List<MawbReferenceEntity> toReferenceRows(UUID mawbId, List<Reference> references) {
        List<MawbReferenceEntity> rows = new ArrayList<>();
        for (int seq = 0; seq < references.size(); seq++) {
            MawbReferenceEntity row = new MawbReferenceEntity();
            row.mawbId = mawbId;
            row.seq = (short) seq;
            row.refType = references.get(seq).type();
            row.refValue = references.get(seq).value();
            rows.add(row);
        }
        return rows;
    }

    static List<EquipmentEntity> toEquipmentRows(UUID mawbId, List<Equipment> equipment) {
        List<EquipmentEntity> rows = new ArrayList<>();
        for (int seq = 0; seq < equipment.size(); seq++) {
            Equipment item = equipment.get(seq);
            EquipmentEntity row = new EquipmentEntity();
            row.mawbId = mawbId;
            row.seq = (short) seq;
            row.kind = item.id() instanceof ContainerNumber ? EquipmentEntity.CONTAINER : EquipmentEntity.ULD;
            row.equipmentId = item.id().value();
            row.sealNumber = item.sealNumber();
            rows.add(row);
        }
        return rows;
    }

    static List<FlightLeg> toFlights(List<FlightLegEntity> rows) {
        return rows.stream().map(row -> new FlightLeg(new FlightNumber(row.flight), AirportCode.of(row.fromAirport),
                AirportCode.of(row.toAirport), TimeColumns.timeOf(row.etd, row.etdOffset),
                TimeColumns.timeOf(row.eta, row.etaOffset), TimeColumns.timeOf(row.atd, row.atdOffset),
                TimeColumns.timeOf(row.ata, row.ataOffset))).toList();
    }

    static List<Reference> toReferences(List<MawbReferenceEntity> rows) {
        return rows.stream().map(row -> new Reference(row.refType, row.refValue)).toList();
    }

    static List<Equipment> toEquipment(List<EquipmentEntity> rows) {
        return rows.stream().map(row -> new Equipment(equipmentId(row), row.sealNumber)).toList();
    }

    private static EquipmentId equipmentId(EquipmentEntity row) {
        return EquipmentEntity.CONTAINER.equals(row.kind) ? ContainerNumber.parse(row.equipmentId)
                : UldId.parse(row.equipmentId);
    }

    private MawbChildMapper() {
    }
}
