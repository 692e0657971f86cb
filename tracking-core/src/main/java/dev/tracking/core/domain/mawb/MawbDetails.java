package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.CustomsStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user states about a MAWB, as created or updated. Everything derived from events lives on {@link Mawb}.
 *
 * @param notifyParty may be null
 * @param volume      may be null
 * @param commodity   nature and quantity of goods, up to 500 characters
 * @param flights     the route in flight order, may be empty
 * @param lastFreeDay the last day (destination local date) before storage is charged, may be null
 * @param customs     customs standing; events move it forward
 * @param equipment   containers and ULDs, each once
 * @param references  other parties' references
 */
public record MawbDetails(
        AirportCode origin,
        AirportCode destination,
        Party shipper,
        Party consignee,
        Party notifyParty,
        int pieces,
        Weight weight,
        Volume volume,
        String commodity,
        List<FlightLeg> flights,
        LocalDate lastFreeDay,
        CustomsStatus customs,
        List<Equipment> equipment,
        List<Reference> references) {

    public static final int MAX_PIECES = 99_999;

    public MawbDetails {
        flights = flights == null ? List.of() : List.copyOf(flights);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        references = references == null ? List.of() : List.copyOf(references);
        customs = customs == null ? CustomsStatus.NOT_REPORTED : customs;
        Set<String> equipmentIds = new HashSet<>();
        Check check = Check.start()
                .notNull(origin, "origin")
                .notNull(destination, "destination")
                .that(origin == null || !origin.equals(destination), "destination", "must differ from the origin")
                .notNull(shipper, "shipper")
                .notNull(consignee, "consignee")
                .that(pieces > 0 && pieces <= MAX_PIECES, "pieces", "must be between 1 and " + MAX_PIECES)
                .notNull(weight, "weight")
                .that(commodity == null || commodity.length() <= 500, "commodity", "must be at most 500 characters");
        for (int i = 0; i < equipment.size(); i++) {
            check.that(equipmentIds.add(equipment.get(i).id().value()), "equipment[" + i + "]",
                    equipment.get(i).id().value() + " is listed twice");
        }
        check.orThrow();
        commodity = commodity == null || commodity.isBlank() ? null : commodity.strip();
    }

    /** Estimated arrival at the destination: the last flight's ETA, or null. */
    public Instant eta() {
        return flights.isEmpty() ? null : flights.get(flights.size() - 1).etaInstant();
    }

    /** Estimated departure from the origin: the first flight's ETD, or null. */
    public Instant etd() {
        return flights.isEmpty() ? null : flights.get(0).etdInstant();
    }

    public boolean hasOceanContainers() {
        return equipment.stream().anyMatch(Equipment::isOceanContainer);
    }

    MawbDetails withCustoms(CustomsStatus newCustoms) {
        return new MawbDetails(origin, destination, shipper, consignee, notifyParty, pieces, weight, volume, commodity,
                flights, lastFreeDay, newCustoms, equipment, references);
    }
}
