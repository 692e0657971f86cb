package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.dashboard.DashboardQuery;
import dev.tracking.core.port.in.dashboard.DashboardStatistics;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.MawbRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes the dashboard. "Today" is each destination's own local date: at any instant the local dates on Earth span
 * from UTC-12 to UTC+14, so the repositories are asked for a window wide enough for every zone and the rows are then
 * judged against their own airport's date.
 */
public final class DashboardService implements DashboardQuery {

    /** The last free day counts as "soon" when it is today or within this many days. */
    public static final int LAST_FREE_DAY_HORIZON_DAYS = 3;

    private final MawbRepository mawbs;
    private final BillRepository bills;
    private final AirportTimeZones timeZones;
    private final ServiceSupport support;

    public DashboardService(MawbRepository mawbs, BillRepository bills, AirportTimeZones timeZones,
            ServiceSupport support) {
        this.mawbs = mawbs;
        this.bills = bills;
        this.timeZones = timeZones;
        this.support = support;
    }

    @Override
    public DashboardStatistics statistics() {
        support.require(Feature.DASHBOARD_READ);
        return support.inTransaction(() -> {
            Instant now = support.now();
            Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
            for (ShipmentStatus status : ShipmentStatus.values()) {
                counts.put(status, 0L);
            }
            mawbs.countByStatus().forEach(counts::put);
            long arrivingToday = mawbs.findArrivals(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)))
                    .stream().filter(slot -> isToday(slot, now)).count();
            long soon = 0;
            long overdue = 0;
            LocalDate latestLocalHorizon = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .plusDays(1 + LAST_FREE_DAY_HORIZON_DAYS);
            for (LastFreeDayCount row : mawbs.countUndeliveredByLastFreeDay(latestLocalHorizon)) {
                LocalDate today = LocalDate.ofInstant(now, timeZones.zoneOf(row.destination()));
                if (row.lastFreeDay().isBefore(today)) {
                    overdue += row.count();
                } else if (!row.lastFreeDay().isAfter(today.plusDays(LAST_FREE_DAY_HORIZON_DAYS))) {
                    soon += row.count();
                }
            }
            return new DashboardStatistics(counts, arrivingToday, soon, overdue, bills.totalsOfOpen(BillType.ISC),
                    now);
        });
    }

    private boolean isToday(ArrivalSlot slot, Instant now) {
        var zone = timeZones.zoneOf(slot.destination());
        return LocalDate.ofInstant(slot.eta(), zone).equals(LocalDate.ofInstant(now, zone));
    }
}
