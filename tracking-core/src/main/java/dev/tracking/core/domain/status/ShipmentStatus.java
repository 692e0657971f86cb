package dev.tracking.core.domain.status;

/**
 * Where a MAWB or HAWB stands, in the order a shipment moves. {@link #rank()} orders them: a status never moves to a
 * lower rank. DEPARTED and IN_TRANSIT share a rank, so a multi-leg route can go DEPARTED, IN_TRANSIT, DEPARTED again.
 */
public enum ShipmentStatus {
    CREATED(0),
    BOOKED(1),
    RECEIVED(2),
    MANIFESTED(3),
    DEPARTED(4),
    IN_TRANSIT(4),
    ARRIVED(5),
    RECEIVED_AT_DESTINATION(6),
    NOTIFIED(7),
    DELIVERED(8);

    private final int rank;

    ShipmentStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Delivered shipments are done: no event moves them again. */
    public boolean isFinal() {
        return this == DELIVERED;
    }
}
