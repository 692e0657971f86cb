package dev.tracking.core.domain.bill;

/** What a bill charges for. */
public enum BillType {
    /** Import service charge, the airline's terminal handling fee payable before release. */
    ISC,
    STORAGE,
    TRUCKING,
    DUTY,
    OTHER
}
