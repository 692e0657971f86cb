package dev.tracking.core.port.in.dashboard;

import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The numbers a forwarder's day starts with. "Today" is each destination airport's own local date.
 *
 * @param countsByStatus         MAWBs by status, every status present
 * @param arrivingToday          MAWBs whose ETA falls on today's date at their destination
 * @param lastFreeDayWithin3Days undelivered MAWBs whose last free day is today or one of the next 3 days
 * @param lastFreeDayOverdue     undelivered MAWBs whose last free day has passed
 * @param openIscBills           open ISC bills, per currency
 * @param asOf                   when the numbers were taken
 */
public record DashboardStatistics(Map<ShipmentStatus, Long> countsByStatus, long arrivingToday,
        long lastFreeDayWithin3Days, long lastFreeDayOverdue, List<OpenBillTotal> openIscBills, Instant asOf) {

    public DashboardStatistics {
        countsByStatus = Map.copyOf(countsByStatus);
        openIscBills = List.copyOf(openIscBills);
    }

    public long openIscBillCount() {
        return openIscBills.stream().mapToLong(OpenBillTotal::count).sum();
    }
}
