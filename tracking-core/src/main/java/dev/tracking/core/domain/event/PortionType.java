package dev.tracking.core.domain.event;

/** Cargo-IMP shipment description code: the event concerns the whole consignment (T) or part of it (P). */
public enum PortionType {
    TOTAL,
    PART
}
