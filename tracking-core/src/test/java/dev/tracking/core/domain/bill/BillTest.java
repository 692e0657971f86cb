package dev.tracking.core.domain.bill;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.measure.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BillTest {

    private static final BillId ID = BillId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000001"));
    private static final MawbId MAWB = MawbId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000002"));
    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant PAID = Instant.parse("2025-03-02T09:30:00Z");

    private static Bill openBill() {
        return Bill.open(ID, MAWB, BillType.ISC, Money.of("125.50", "USD"), LocalDate.of(2025, 3, 10), CREATED);
    }

    @Test
    void opensAtVersionZero() {
        Bill bill = openBill();

        assertThat(bill.status()).isEqualTo(BillStatus.OPEN);
        assertThat(bill.isOpen()).isTrue();
        assertThat(bill.version()).isZero();
        assertThat(bill.paymentReference()).isNull();
        assertThat(bill.paidAt()).isNull();
        assertThat(bill.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void openBillCanBePaid() {
        Bill paid = openBill().withVersion(3).markPaid(" WIRE-4711 ", PAID);

        assertThat(paid.status()).isEqualTo(BillStatus.PAID);
        assertThat(paid.isOpen()).isFalse();
        assertThat(paid.paymentReference()).isEqualTo("WIRE-4711");
        assertThat(paid.paidAt()).isEqualTo(PAID);
        assertThat(paid.version()).isEqualTo(3);
        assertThat(paid.amount()).isEqualTo(Money.of("125.50", "USD"));
    }

    @Test
    void openBillCanBeVoided() {
        Bill voided = openBill().voided();

        assertThat(voided.status()).isEqualTo(BillStatus.VOID);
        assertThat(voided.paymentReference()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void payingNeedsAReference(String reference) {
        assertRejected(() -> openBill().markPaid(reference, PAID), "paymentReference");
    }

    @Test
    void rejectsOverlongReference() {
        assertRejected(() -> openBill().markPaid("r".repeat(101), PAID), "paymentReference");
    }

    @Test
    void paidBillCannotBePaidAgainOrVoided() {
        Bill paid = openBill().markPaid("WIRE-4711", PAID);

        assertRejected(() -> paid.markPaid("WIRE-4712", PAID), "status");
        assertRejected(paid::voided, "status");
    }

    @Test
    void voidBillCannotBePaidOrVoidedAgain() {
        Bill voided = openBill().voided();

        assertRejected(() -> voided.markPaid("WIRE-4711", PAID), "status");
        assertRejected(voided::voided, "status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void rejectsAmountThatIsNotPositive(String amount) {
        assertRejected(() -> Bill.open(ID, MAWB, BillType.DUTY, Money.of(amount, "USD"), null, CREATED), "amount");
    }

    @Test
    void rejectsMissingTypeOrAmount() {
        assertRejected(() -> Bill.open(ID, MAWB, null, Money.of("1", "USD"), null, CREATED), "type");
        assertRejected(() -> Bill.open(ID, MAWB, BillType.DUTY, null, null, CREATED), "amount");
    }
}
