package dev.tracking.core.domain.status;

/** Customs standing at destination, ordered; events move it forward only (CRC, TGC, CCD). */
public enum CustomsStatus {
    NOT_REPORTED,
    REPORTED,
    UNDER_CUSTOMS_CONTROL,
    CLEARED
}
