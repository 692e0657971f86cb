package dev.tracking.core.domain.common;

/** Master air waybill (the airline's contract) or house air waybill (the forwarder's, consolidated under a master). */
public enum ShipmentKind {
    MAWB,
    HAWB
}
