package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bill; {@code version} is also its ETag. */
public record BillResponse(
        UUID id,
        UUID mawbId,
        BillType type,
        MoneyDto amount,
        LocalDate dueDate,
        BillStatus status,
        String paymentReference,
        OffsetDateTime paidAt,
        OffsetDateTime createdAt,
        long version) {
}
