package dev.tracking.core.domain.bill;

public enum BillStatus {
    OPEN,
    PAID,
    VOID
}
