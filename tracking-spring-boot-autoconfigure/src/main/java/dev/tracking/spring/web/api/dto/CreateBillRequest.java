package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.bill.BillType;
import java.time.LocalDate;
import java.util.UUID;

/** A new bill against a MAWB. */
public record CreateBillRequest(
        UUID mawbId,
        BillType type,
        MoneyDto amount,
        LocalDate dueDate) {
}
