package dev.tracking.core.port.in.bill;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.testing.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillCommandsTest {

    private static final BillId BILL = BillId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000001"));

    @Test
    void createAcceptsAPositiveAmountWithoutDueDate() {
        CreateBillCommand command = new CreateBillCommand(Fixtures.mawbId(), BillType.ISC, Money.of("1", "USD"), null);

        assertThat(command.dueDate()).isNull();
    }

    @Test
    void createReportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new CreateBillCommand(null, null, null, null), "mawbId", "type", "amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01"})
    void createRejectsAmountThatIsNotPositive(String amount) {
        assertRejected(() -> new CreateBillCommand(Fixtures.mawbId(), BillType.ISC, Money.of(amount, "USD"), null),
                "amount");
    }

    @Test
    void settleStripsReferenceAndTreatsBlankAsAbsent() {
        assertThat(new SettleBillCommand(BILL, 1, " WIRE-1 ").paymentReference()).isEqualTo("WIRE-1");
        assertThat(new SettleBillCommand(BILL, 1, "  ").paymentReference()).isNull();
    }

    @Test
    void settleRejectsMissingBillAndVersionBelowOne() {
        assertRejected(() -> new SettleBillCommand(null, 0, null), "billId", "expectedVersion");
        assertRejected(() -> new SettleBillCommand(BILL, -1, null), "expectedVersion");
    }

    @Test
    void settleRejectsOverlongReference() {
        assertRejected(() -> new SettleBillCommand(BILL, 1, "r".repeat(101)), "paymentReference");
    }
}
