package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillRepository} must do: store and version bills with exact money in any currency's scale, list a
 * MAWB's bills oldest first, and total open bills per currency. Extend this class in your adapter's tests and return
 * ports over an empty store from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 */
public abstract class BillRepositoryContract extends PersistenceContract {

    /** A stored MAWB the bills of a test are charged against. */
    protected Mawb mawb;

    @BeforeEach
    void givenAMawb() {
        mawb = givenMawb(TestData.mawb(1));
    }

    @Test
    void insertStoresTheBillAtVersionOne() {
        Bill bill = TestData.bill(mawb);

        Bill stored = bills().insert(bill);

        assertThat(stored.version()).isEqualTo(1);
        assertSameState(stored, bill.withVersion(1));
        assertSameState(bills().findById(bill.id()).orElseThrow(), bill.withVersion(1));
    }

    @Test
    void moneyRoundTripsExactlyInEveryCurrencysScale() {
        List<Bill> all = List.of(
                TestData.bill(mawb, BillType.STORAGE, "1500000", "JPY"),
                TestData.bill(mawb, BillType.ISC, "12.345", "KWD"),
                TestData.bill(mawb, BillType.DUTY, "999999999999999.999", "KWD"),
                TestData.bill(mawb, BillType.DUTY, "999999999999999.99", "USD"),
                TestData.bill(mawb, BillType.TRUCKING, "0.01", "EUR"),
                TestData.bill(mawb, BillType.OTHER, "125.5", "CHF"));

        all.forEach(bills()::insert);

        for (Bill bill : all) {
            Bill found = bills().findById(bill.id()).orElseThrow();
            assertThat(found.amount()).isEqualTo(bill.amount());
            assertThat(found.amount().amount().scale())
                    .isEqualTo(bill.amount().currency().getDefaultFractionDigits());
            assertThat(found.amount().amount().toPlainString()).isEqualTo(bill.amount().amount().toPlainString());
        }
    }

    @Test
    void findOpenListsTheOpenBillsOfATypeOldestFirstAcrossMawbs() {
        Mawb other = givenMawb(TestData.mawb(2));
        Bill newest = bills().insert(TestData.billBuilder(other).type(BillType.ISC)
                .createdAt(Instant.parse("2025-03-16T10:00:00Z")).build());
        Bill oldest = bills().insert(TestData.billBuilder(mawb).type(BillType.ISC)
                .createdAt(Instant.parse("2025-03-14T10:00:00Z")).build());
        bills().insert(TestData.billBuilder(mawb).type(BillType.STORAGE)
                .createdAt(Instant.parse("2025-03-13T10:00:00Z")).build());
        bills().insert(TestData.billBuilder(mawb).type(BillType.ISC).paid("WIRE-1", Instant.parse("2025-03-15T10:00:00Z"))
                .createdAt(Instant.parse("2025-03-12T10:00:00Z")).build());

        assertThat(bills().findOpen(BillType.ISC)).extracting(Bill::id).containsExactly(oldest.id(), newest.id());
        assertThat(bills().findOpen(BillType.DUTY)).isEmpty();
    }

    @Test
    void everyFieldRoundTrips() {
        Bill paid = TestData.billBuilder(mawb).type(BillType.STORAGE).amount("45000", "JPY").dueDate(null)
                .paid("Überweisung 2025/03 – 東京", Instant.parse("2025-03-17T08:15:00.000042Z"))
                .createdAt(Instant.parse("2025-03-14T09:00:00.999999Z")).build();
        Bill voided = TestData.billBuilder(mawb).type(BillType.TRUCKING).amount("310.000", "KWD")
                .dueDate(LocalDate.of(2025, 12, 31)).voided().build();

        bills().insert(paid);
        bills().insert(voided);

        assertSameState(bills().findById(paid.id()).orElseThrow(), paid.withVersion(1));
        assertSameState(bills().findById(voided.id()).orElseThrow(), voided.withVersion(1));
    }

    @Test
    void findsNothingUnknown() {
        Mawb other = givenMawb(TestData.mawb(2));
        bills().insert(TestData.bill(mawb));

        assertThat(bills().findById(new BillId(UUID.randomUUID()))).isEmpty();
        assertThat(bills().findByMawb(other.id())).isEmpty();
    }

    @Test
    void listsAMawbsBillsOldestFirst() {
        Mawb other = givenMawb(TestData.mawb(2));
        Instant t = Instant.parse("2025-03-14T09:00:00Z");
        Bill newest = TestData.billBuilder(mawb).createdAt(t.plusSeconds(3600)).build();
        Bill oldest = TestData.billBuilder(mawb).createdAt(t).build();
        Bill middle = TestData.billBuilder(mawb).createdAt(t.plusNanos(1_000)).build();
        Bill onOther = TestData.billBuilder(other).createdAt(t).build();
        for (Bill bill : List.of(newest, onOther, oldest, middle)) {
            bills().insert(bill);
        }

        assertThat(bills().findByMawb(mawb.id())).extracting(Bill::id)
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(bills().findByMawb(other.id())).extracting(Bill::id).containsExactly(onOther.id());
    }

    @Test
    void updateStoresThePaymentAndReturnsTheNextVersion() {
        Bill stored = bills().insert(TestData.bill(mawb));
        Bill paid = stored.markPaid("WIRE-2025-0042", Instant.parse("2025-03-15T12:00:00.123456Z"));

        Bill updated = bills().update(paid);

        assertThat(updated.version()).isEqualTo(2);
        assertSameState(updated, paid.withVersion(2));
        assertSameState(bills().findById(stored.id()).orElseThrow(), paid.withVersion(2));
    }

    @Test
    void updateStoresAVoidedBill() {
        Bill stored = bills().insert(TestData.bill(mawb));

        bills().update(stored.voided());

        Bill found = bills().findById(stored.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(BillStatus.VOID);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflict() {
        Bill v1 = bills().insert(TestData.bill(mawb));
        Bill v2 = bills().update(v1.markPaid("FIRST", TestData.NOW));

        assertThatThrownBy(() -> bills().update(v1.voided())).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> bills().update(v1.voided().withVersion(4)))
                .isInstanceOf(VersionConflictException.class);
        assertSameState(bills().findById(v1.id()).orElseThrow(), v2);
    }

    @Test
    void updatingAnUnknownBillIsNotFound() {
        Bill unknown = TestData.bill(mawb).withVersion(1);

        assertThatThrownBy(() -> bills().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(bills().findById(unknown.id())).isEmpty();
    }

    @Test
    void totalsOpenBillsOfATypePerCurrencyByCurrencyCode() {
        Mawb other = givenMawb(TestData.mawb(2));
        bills().insert(TestData.bill(mawb, BillType.ISC, "125.50", "USD"));
        bills().insert(TestData.bill(other, BillType.ISC, "74.50", "USD"));
        bills().insert(TestData.bill(mawb, BillType.ISC, "10", "EUR"));
        bills().insert(TestData.bill(mawb, BillType.ISC, "45000", "JPY"));
        bills().insert(TestData.bill(other, BillType.ISC, "5000", "JPY"));
        bills().insert(TestData.bill(mawb, BillType.ISC, "12.345", "KWD"));
        bills().insert(TestData.bill(other, BillType.ISC, "0.655", "KWD"));
        bills().insert(TestData.bill(mawb, BillType.ISC, "999999999999999", "JPY").markPaid("P", TestData.NOW));
        bills().insert(TestData.bill(mawb, BillType.ISC, "1000", "USD").voided());
        bills().insert(TestData.bill(mawb, BillType.STORAGE, "250", "USD"));

        List<OpenBillTotal> totals = bills().totalsOfOpen(BillType.ISC);

        assertThat(totals).extracting(t -> t.currency().getCurrencyCode()).containsExactly("EUR", "JPY", "KWD", "USD");
        assertTotal(totals.get(0), "EUR", 1, "10.00");
        assertTotal(totals.get(1), "JPY", 2, "50000");
        assertTotal(totals.get(2), "KWD", 2, "13.000");
        assertTotal(totals.get(3), "USD", 2, "200.00");
        assertThat(bills().totalsOfOpen(BillType.STORAGE)).singleElement()
                .satisfies(t -> assertTotal(t, "USD", 1, "250"));
        assertThat(bills().totalsOfOpen(BillType.DUTY)).isEmpty();
    }

    @Test
    void largeTotalsAreExact() {
        Mawb other = givenMawb(TestData.mawb(2));
        bills().insert(TestData.bill(mawb, BillType.DUTY, "999999999999999.99", "USD"));
        bills().insert(TestData.bill(other, BillType.DUTY, "0.01", "USD"));
        bills().insert(TestData.bill(other, BillType.DUTY, "999999999999999.99", "USD"));

        assertThat(bills().totalsOfOpen(BillType.DUTY)).singleElement()
                .satisfies(t -> assertTotal(t, "USD", 3, "1999999999999999.99"));
    }

    /** Asserts a total's currency, count and sum (by value, whatever scale the store returns). */
    protected static void assertTotal(OpenBillTotal total, String currency, long count, String sum) {
        assertThat(total.currency()).isEqualTo(Currency.getInstance(currency));
        assertThat(total.count()).isEqualTo(count);
        assertThat(total.total()).isEqualByComparingTo(new BigDecimal(sum));
    }
}
