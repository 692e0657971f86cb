package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.Reference;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** A MAWB's flights, references and equipment: written with it, replaced on update, read for a page in 3 queries. */
final class MawbChildren {

    private final MawbFlights flights = new MawbFlights();
    private final MawbReferences references = new MawbReferences();
    private final MawbEquipment equipment = new MawbEquipment();

    void insert(Handle handle, Mawb mawb) {
        UUID id = mawb.id().value();
        flights.insert(handle, id, mawb.details().flights());
        references.insert(handle, id, mawb.details().references());
        equipment.insert(handle, id, mawb.details().equipment());
    }

    /** Replaces the stored lists with the MAWB's own (delete, then insert). */
    void replace(Handle handle, Mawb mawb) {
        UUID id = mawb.id().value();
        flights.delete(handle, id);
        references.delete(handle, id);
        equipment.delete(handle, id);
        insert(handle, mawb);
    }

    /** The MAWBs as {@link MawbRowMapper} read them, with their lists: one query per child table for all of them. */
    List<Mawb> attachTo(Handle handle, List<Mawb> mawbs) {
        if (mawbs.isEmpty()) {
            return mawbs;
        }
        List<UUID> ids = mawbs.stream().map(m -> m.id().value()).toList();
        Map<UUID, List<FlightLeg>> flightsById = flights.load(handle, ids);
        Map<UUID, List<Reference>> referencesById = references.load(handle, ids);
        Map<UUID, List<Equipment>> equipmentById = equipment.load(handle, ids);
        return mawbs.stream()
                .map(m -> withLists(m, flightsById.getOrDefault(m.id().value(), List.of()),
                        equipmentById.getOrDefault(m.id().value(), List.of()),
                        referencesById.getOrDefault(m.id().value(), List.of())))
                .toList();
    }

    private static Mawb withLists(Mawb mawb, List<FlightLeg> flights, List<Equipment> equipment,
            List<Reference> references) {
        MawbDetails d = mawb.details();
        MawbDetails details = new MawbDetails(d.origin(), d.destination(), d.shipper(), d.consignee(),
                d.notifyParty(), d.pieces(), d.weight(), d.volume(), d.commodity(), flights, d.lastFreeDay(),
                d.customs(), equipment, references);
        return new Mawb(mawb.id(), mawb.number(), mawb.carrier(), details, mawb.status(), mawb.statusAsOf(),
                mawb.createdAt(), mawb.updatedAt(), mawb.version());
    }
}
