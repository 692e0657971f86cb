package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The dashboard's figures; "today" is each destination airport's local date. */
public record DashboardResponse(
        Map<ShipmentStatus, Long> countsByStatus,
        long arrivingToday,
        long lastFreeDayWithin3Days,
        long lastFreeDayOverdue,
        long openIscBillCount,
        List<OpenBillTotalDto> openIscBills,
        OffsetDateTime asOf) {
}
