package dev.tracking.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.dashboard.DashboardStatistics;
import dev.tracking.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Today" is each destination's own date. Two instants near midnight UTC make the local dates differ from the UTC date
 * in both directions: at 2025-06-10T23:30Z Tokyo (NRT) is already on June 11 while Chicago (ORD) and Honolulu (HNL)
 * are on June 10; at 2025-06-11T00:30Z UTC is on June 11 while Chicago and Honolulu are still on June 10.
 */
class DashboardQueryTest {

    /** UTC June 10; NRT June 11 08:30, ORD June 10 18:30, HNL June 10 13:30. */
    private static final Instant TOKYO_IS_TOMORROW = Instant.parse("2025-06-10T23:30:00Z");

    /** UTC June 11; NRT June 11 09:30, ORD June 10 19:30, HNL June 10 14:30. */
    private static final Instant AMERICA_IS_YESTERDAY = Instant.parse("2025-06-11T00:30:00Z");

    private PlatformFixture fx;
    private int serial = 1;

    // ------------------------------------------------------------------------------------------ counts by status

    @Test
    void aPlatformWithoutMawbsCountsZeroOfEveryStatus() {
        start(TOKYO_IS_TOMORROW);

        DashboardStatistics statistics = fx.platform.dashboard().statistics();

        assertThat(statistics.countsByStatus()).containsOnlyKeys(ShipmentStatus.values());
        assertThat(statistics.countsByStatus().values()).containsOnly(0L);
        assertThat(statistics.arrivingToday()).isZero();
        assertThat(statistics.lastFreeDayWithin3Days()).isZero();
        assertThat(statistics.lastFreeDayOverdue()).isZero();
        assertThat(statistics.openIscBills()).isEmpty();
        assertThat(statistics.openIscBillCount()).isZero();
        assertThat(statistics.asOf()).isEqualTo(TOKYO_IS_TOMORROW);
    }

    @Test
    void countsByStatusNameEveryStatusWithZerosForThoseNoMawbHas() {
        start(TOKYO_IS_TOMORROW);
        mawbTo("ORD");
        mawbTo("ORD");
        moved(mawbTo("ORD"), "BKD", "FRA");
        moved(mawbTo("ORD"), "DEP", "FRA");
        moved(mawbTo("ORD"), "ARR", "ORD");
        moved(mawbTo("ORD"), "DLV", "ORD");

        Map<ShipmentStatus, Long> counts = fx.platform.dashboard().statistics().countsByStatus();

        Map<ShipmentStatus, Long> expected = new EnumMap<>(ShipmentStatus.class);
        Arrays.stream(ShipmentStatus.values()).forEach(status -> expected.put(status, 0L));
        expected.put(ShipmentStatus.CREATED, 2L);
        expected.put(ShipmentStatus.BOOKED, 1L);
        expected.put(ShipmentStatus.DEPARTED, 1L);
        expected.put(ShipmentStatus.ARRIVED, 1L);
        expected.put(ShipmentStatus.DELIVERED, 1L);
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(expected);
    }

    // --------------------------------------------------------------------------------------------- arriving today

    @Test
    void arrivingTodayCountsEtasOnTodaysDateAtTheDestinationWhenTokyoIsAlreadyTomorrow() {
        start(TOKYO_IS_TOMORROW);
        arriving("NRT", "2025-06-11T10:00:00+09:00");   // Tokyo's today, UTC's tomorrow: counts
        arriving("NRT", "2025-06-10T20:00:00+09:00");   // UTC's today, Tokyo's yesterday
        arriving("ORD", "2025-06-10T22:00:00-05:00");   // Chicago's today, UTC's tomorrow: counts
        arriving("ORD", "2025-06-11T01:00:00-05:00");   // Chicago's tomorrow
        arriving("HNL", "2025-06-10T20:00:00-10:00");   // Honolulu's today, UTC's tomorrow: counts
        arriving("HNL", "2025-06-11T00:30:00-10:00");   // Honolulu's tomorrow
        fx.createMawb(TestData.mawbBuilder(serial++).noFlights().lastFreeDay(null));

        assertThat(fx.platform.dashboard().statistics().arrivingToday()).isEqualTo(3);
    }

    @Test
    void arrivingTodayCountsEtasOnTodaysDateAtTheDestinationWhenAmericaIsStillYesterday() {
        start(AMERICA_IS_YESTERDAY);
        arriving("ORD", "2025-06-10T09:00:00-05:00");   // Chicago's today, UTC's yesterday: counts
        arriving("HNL", "2025-06-10T08:00:00-10:00");   // Honolulu's today, UTC's yesterday: counts
        arriving("ORD", "2025-06-11T09:00:00-05:00");   // UTC's today, Chicago's tomorrow
        arriving("NRT", "2025-06-10T23:00:00+09:00");   // UTC's yesterday, Tokyo's yesterday
        arriving("NRT", "2025-06-11T23:00:00+09:00");   // Tokyo's today: counts

        assertThat(fx.platform.dashboard().statistics().arrivingToday()).isEqualTo(3);
    }

    // ---------------------------------------------------------------------------------------------- last free day

    @Test
    void lastFreeDaySoonAndOverdueAreJudgedByTheDestinationsDateWhenTokyoIsAlreadyTomorrow() {
        start(TOKYO_IS_TOMORROW);
        freeUntil("NRT", "2025-06-10");   // overdue: Tokyo is on June 11
        freeUntil("NRT", "2025-06-14");   // within: June 11 + 3
        freeUntil("NRT", "2025-06-15");   // later
        freeUntil("ORD", "2025-06-09");   // overdue
        freeUntil("ORD", "2025-06-10");   // within: today in Chicago
        freeUntil("ORD", "2025-06-13");   // within: June 10 + 3
        freeUntil("ORD", "2025-06-14");   // later
        freeUntil("HNL", "2025-06-09");   // overdue
        fx.createMawb(TestData.mawbBuilder(serial++).destination("ORD").noFlights().lastFreeDay(null));

        DashboardStatistics statistics = fx.platform.dashboard().statistics();

        assertThat(statistics.lastFreeDayOverdue()).isEqualTo(3);
        assertThat(statistics.lastFreeDayWithin3Days()).isEqualTo(3);
    }

    @Test
    void lastFreeDaySoonAndOverdueAreJudgedByTheDestinationsDateWhenAmericaIsStillYesterday() {
        start(AMERICA_IS_YESTERDAY);
        freeUntil("ORD", "2025-06-10");   // within: still June 10 in Chicago (UTC says overdue)
        freeUntil("HNL", "2025-06-13");   // within: June 10 + 3
        freeUntil("HNL", "2025-06-14");   // later (UTC's June 11 + 3 would say within)
        freeUntil("NRT", "2025-06-10");   // overdue: Tokyo is on June 11

        DashboardStatistics statistics = fx.platform.dashboard().statistics();

        assertThat(statistics.lastFreeDayWithin3Days()).isEqualTo(2);
        assertThat(statistics.lastFreeDayOverdue()).isEqualTo(1);
    }

    @Test
    void deliveredMawbsAreNeitherSoonNorOverdue() {
        start(TOKYO_IS_TOMORROW);
        moved(freeUntil("ORD", "2025-06-01"), "DLV", "ORD");
        moved(freeUntil("ORD", "2025-06-11"), "DLV", "ORD");
        freeUntil("ORD", "2025-06-02");
        moved(freeUntil("ORD", "2025-06-12"), "NFD", "ORD");

        DashboardStatistics statistics = fx.platform.dashboard().statistics();

        assertThat(statistics.lastFreeDayOverdue()).isEqualTo(1);
        assertThat(statistics.lastFreeDayWithin3Days()).isEqualTo(1);
        assertThat(statistics.countsByStatus()).containsEntry(ShipmentStatus.DELIVERED, 2L);
    }

    // ----------------------------------------------------------------------------------------------- open bills

    @Test
    void openIscBillsAreCountedAndTotalledPerCurrencyLeavingOutPaidVoidAndOtherTypes() {
        start(TOKYO_IS_TOMORROW);
        Mawb mawb = mawbTo("ORD");
        Mawb other = mawbTo("NRT");
        bill(mawb, BillType.ISC, "125.50", "USD");
        bill(other, BillType.ISC, "74.50", "USD");
        bill(mawb, BillType.ISC, "300", "EUR");
        bill(other, BillType.ISC, "45000", "JPY");
        bill(mawb, BillType.STORAGE, "999.99", "USD");
        bill(mawb, BillType.DUTY, "10.00", "EUR");
        Bill paid = bill(mawb, BillType.ISC, "50.00", "USD");
        fx.platform.bills().markPaid(new SettleBillCommand(paid.id(), paid.version(), "WIRE-1"));
        Bill voided = bill(other, BillType.ISC, "60.00", "EUR");
        fx.platform.bills().voidBill(new SettleBillCommand(voided.id(), voided.version(), null));

        DashboardStatistics statistics = fx.platform.dashboard().statistics();

        assertThat(statistics.openIscBills())
                .extracting(t -> t.currency().getCurrencyCode(), OpenBillTotal::count)
                .containsExactly(tuple("EUR", 1L), tuple("JPY", 1L), tuple("USD", 2L));
        assertThat(statistics.openIscBills()).extracting(OpenBillTotal::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("45000"), new BigDecimal("200.00"));
        assertThat(statistics.openIscBillCount()).isEqualTo(4);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private void start(Instant now) {
        fx = new PlatformFixture(now);
        fx.registerLufthansa();
    }

    private Mawb mawbTo(String destination) {
        return fx.createMawb(TestData.mawbBuilder(serial++).destination(destination).noFlights().lastFreeDay(null));
    }

    private Mawb arriving(String destination, String eta) {
        return fx.createMawb(TestData.mawbBuilder(serial++).destination(destination)
                .eta(OffsetDateTime.parse(eta)).lastFreeDay(null));
    }

    private Mawb freeUntil(String destination, String lastFreeDay) {
        return fx.createMawb(TestData.mawbBuilder(serial++).destination(destination).noFlights()
                .lastFreeDay(LocalDate.parse(lastFreeDay)));
    }

    /** Records an actual event a day before the clock. */
    private void moved(Mawb mawb, String code, String location) {
        fx.record(ShipmentRef.of(mawb.id()), code, fx.now().minusSeconds(86_400).atOffset(java.time.ZoneOffset.UTC),
                location);
    }

    private Bill bill(Mawb mawb, BillType type, String amount, String currency) {
        Bill template = TestData.bill(mawb, type, amount, currency);
        return fx.platform.bills().create(new CreateBillCommand(mawb.id(), type, template.amount(),
                template.dueDate()));
    }
}
