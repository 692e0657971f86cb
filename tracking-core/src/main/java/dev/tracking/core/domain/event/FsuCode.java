package dev.tracking.core.domain.event;

/**
 * The IATA Cargo-IMP FSU (freight status update) codes, as carriers and handlers report them. How each moves a
 * shipment's status is decided by {@link dev.tracking.core.domain.status.StatusProgression}.
 */
public enum FsuCode {
    BKD("Booked on a flight"),
    RCS("Received from shipper, accepted"),
    FOH("Freight on hand, not yet accepted"),
    PRE("Prepared for loading"),
    MAN("Manifested on a flight"),
    DEP("Departed"),
    TFD("Transferred to another airline"),
    RCT("Received from another airline"),
    TRM("To be transferred to another airline"),
    ARR("Arrived"),
    RCF("Received from flight, checked in at the warehouse"),
    NFD("Consignee notified, ready for delivery"),
    AWR("Arrival documents received"),
    AWD("Arrival documents delivered to the consignee or agent"),
    CRC("Reported to customs"),
    TGC("Transferred to customs control"),
    CCD("Cleared by customs"),
    DLV("Delivered to the consignee or agent"),
    DDL("Delivered to the consignee's door"),
    DIS("Discrepancy reported"),
    DOC("Documents received by the carrier"),
    OCI("Other customs, security and regulatory control information"),
    FFM("Flight manifest sent");

    private final String description;

    FsuCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The code with this name, if it is a standard one. */
    public static java.util.Optional<FsuCode> find(String code) {
        for (FsuCode c : values()) {
            if (c.name().equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
