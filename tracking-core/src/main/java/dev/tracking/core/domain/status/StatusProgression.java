package dev.tracking.core.domain.status;

import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule by which events move a shipment's status. The mapping from FSU codes is documented in
 * {@code docs/status-mapping.md}:
 * <ul>
 *   <li>only events with time type ACTUAL count; planned and estimated ones never move a status;</li>
 *   <li>BKD: BOOKED; FOH, RCS: RECEIVED; PRE, MAN: MANIFESTED; DEP: DEPARTED; TFD, RCT, TRM: IN_TRANSIT;
 *       ARR: ARRIVED at the destination, IN_TRANSIT elsewhere; RCF: RECEIVED_AT_DESTINATION at the destination,
 *       IN_TRANSIT elsewhere; NFD: NOTIFIED; DLV, DDL: DELIVERED;</li>
 *   <li>CRC, TGC, CCD move the customs standing to REPORTED, UNDER_CUSTOMS_CONTROL, CLEARED;</li>
 *   <li>AWR, AWD, DIS, DOC, OCI, FFM and custom codes move nothing;</li>
 *   <li>a status moves to a higher rank whenever such an event arrives; to an equal rank only when the event happened
 *       after the one that set the current status; never to a lower rank, so an older event that arrives late
 *       never moves the status backwards; DELIVERED is final.</li>
 * </ul>
 */
public final class StatusProgression {

    private final AirportCode destination;

    /** @param destination the shipment's destination airport, to tell a transit arrival from the final one */
    public StatusProgression(AirportCode destination) {
        this.destination = destination;
    }

    /** The standing after the given events, applied in the order they happened. */
    public StatusState apply(StatusState state, List<TrackingEvent> events) {
        StatusState result = state;
        List<TrackingEvent> ordered = events.stream()
                .sorted(Comparator.comparing(TrackingEvent::occurredInstant))
                .toList();
        for (TrackingEvent event : ordered) {
            result = apply(result, event);
        }
        return result;
    }

    /** The standing after one event. */
    public StatusState apply(StatusState state, TrackingEvent event) {
        if (!event.isActual()) {
            return state;
        }
        Optional<FsuCode> code = event.code().fsu();
        if (code.isEmpty()) {
            return state;
        }
        CustomsStatus customs = customsAfter(state.customs(), code.get());
        ShipmentStatus status = state.status();
        Instant asOf = state.asOf();
        Optional<ShipmentStatus> target = statusFor(code.get(), event.location());
        if (target.isPresent() && moves(state, target.get(), event.occurredInstant())) {
            status = target.get();
            asOf = event.occurredInstant();
        }
        return new StatusState(status, asOf, customs);
    }

    /** The status an FSU code stands for at a location, if any. */
    public Optional<ShipmentStatus> statusFor(FsuCode code, AirportCode location) {
        boolean atDestination = location == null || location.equals(destination);
        return Optional.ofNullable(switch (code) {
            case BKD -> ShipmentStatus.BOOKED;
            case FOH, RCS -> ShipmentStatus.RECEIVED;
            case PRE, MAN -> ShipmentStatus.MANIFESTED;
            case DEP -> ShipmentStatus.DEPARTED;
            case TFD, RCT, TRM -> ShipmentStatus.IN_TRANSIT;
            case ARR -> atDestination ? ShipmentStatus.ARRIVED : ShipmentStatus.IN_TRANSIT;
            case RCF -> atDestination ? ShipmentStatus.RECEIVED_AT_DESTINATION : ShipmentStatus.IN_TRANSIT;
            case NFD -> ShipmentStatus.NOTIFIED;
            case DLV, DDL -> ShipmentStatus.DELIVERED;
            default -> null;
        });
    }

    private static boolean moves(StatusState state, ShipmentStatus target, Instant occurredAt) {
        ShipmentStatus current = state.status();
        if (current.isFinal()) {
            return false;
        }
        if (target.rank() > current.rank()) {
            return true;
        }
        return target.rank() == current.rank() && (state.asOf() == null || occurredAt.isAfter(state.asOf()));
    }

    private static CustomsStatus customsAfter(CustomsStatus current, FsuCode code) {
        CustomsStatus target = switch (code) {
            case CRC -> CustomsStatus.REPORTED;
            case TGC -> CustomsStatus.UNDER_CUSTOMS_CONTROL;
            case CCD -> CustomsStatus.CLEARED;
            default -> current;
        };
        return target.ordinal() > current.ordinal() ? target : current;
    }
}
