package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillChanged;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.testsupport.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillUseCasesTest {

    private PlatformFixture fx;
    private Mawb mawb;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        mawb = fx.createMawb(1234567);
        fx.forgetPublished();
    }

    // ---------------------------------------------------------------------------------------------------- create

    @Test
    void createRaisesAnOpenBillAtVersionOne() {
        Bill template = TestData.bill(mawb);

        Bill created = fx.platform.bills().create(command(template));

        assertThat(created.mawbId()).isEqualTo(mawb.id());
        assertThat(created.type()).isEqualTo(BillType.ISC);
        assertThat(created.amount()).isEqualTo(Money.of("125.50", "USD"));
        assertThat(created.dueDate()).isEqualTo(template.dueDate());
        assertThat(created.status()).isEqualTo(BillStatus.OPEN);
        assertThat(created.paymentReference()).isNull();
        assertThat(created.paidAt()).isNull();
        assertThat(created.createdAt()).isEqualTo(fx.now());
        assertThat(created.version()).isEqualTo(1);
        assertThat(fx.platform.bills().get(created.id())).isEqualTo(created);
    }

    @Test
    void createPublishesBillChanged() {
        Bill created = createIsc();

        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(BillChanged.class, event -> {
            assertThat(event.bill()).isEqualTo(created);
            assertThat(event.actor()).isEqualTo(ACTOR.userId());
            assertThat(event.at()).isEqualTo(fx.now());
        });
    }

    @Test
    void createForAMissingMawbIsNotFoundAndRaisesNothing() {
        MawbId missing = MawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"));

        assertThatThrownBy(() -> fx.platform.bills().create(command(TestData.billBuilder(missing).build())))
                .isInstanceOf(NotFoundException.class);

        assertThat(fx.published()).isEmpty();
        assertThat(fx.platform.dashboard().statistics().openIscBills()).isEmpty();
    }

    @Test
    void createRefusesAnAmountThatIsNotPositiveAndMissingFields() {
        assertRejected(() -> new CreateBillCommand(mawb.id(), BillType.ISC, Money.of("0", "USD"), null), "amount");
        assertRejected(() -> new CreateBillCommand(mawb.id(), BillType.ISC, Money.of("-1", "USD"), null), "amount");
        assertRejected(() -> new CreateBillCommand(null, null, null, null), "mawbId", "type", "amount");
    }

    // -------------------------------------------------------------------------------------------------- markPaid

    @Test
    void markPaidWithAReferenceSettlesTheBillAndPublishesBillChanged() {
        Bill open = createIsc();
        fx.forgetPublished();
        fx.advance(Duration.ofHours(2));

        Bill paid = fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, " WIRE-2025-0042 "));

        assertThat(paid.status()).isEqualTo(BillStatus.PAID);
        assertThat(paid.paymentReference()).isEqualTo("WIRE-2025-0042");
        assertThat(paid.paidAt()).isEqualTo(fx.now());
        assertThat(paid.version()).isEqualTo(2);
        assertThat(paid.amount()).isEqualTo(open.amount());
        assertThat(fx.platform.bills().get(open.id())).isEqualTo(paid);
        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(BillChanged.class,
                event -> assertThat(event.bill()).isEqualTo(paid));
    }

    @Test
    void markPaidWithoutAReferenceIsRefusedOnPaymentReferenceAndLeavesTheBillOpen() {
        Bill open = createIsc();
        fx.forgetPublished();

        assertRejected(() -> fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, null)),
                "paymentReference");
        assertRejected(() -> fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, "   ")),
                "paymentReference");

        assertThat(fx.platform.bills().get(open.id())).isEqualTo(open);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void markPaidOfAPaidBillIsRefusedAndKeepsTheFirstPayment() {
        Bill paid = fx.platform.bills().markPaid(new SettleBillCommand(createIsc().id(), 1, "WIRE-1"));

        assertRejected(() -> fx.platform.bills().markPaid(new SettleBillCommand(paid.id(), paid.version(), "WIRE-2")),
                "status");

        assertThat(fx.platform.bills().get(paid.id())).isEqualTo(paid);
    }

    @Test
    void markPaidWithAStaleVersionIsAConflictAndChangesNothing() {
        Bill open = createIsc();
        Bill voided = fx.platform.bills().voidBill(new SettleBillCommand(open.id(), 1, null));

        assertThatThrownBy(() -> fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, "WIRE-1")))
                .isInstanceOf(VersionConflictException.class);

        assertThat(fx.platform.bills().get(open.id())).isEqualTo(voided);
    }

    @Test
    void markPaidOfAMissingBillIsNotFound() {
        assertThatThrownBy(() -> fx.platform.bills().markPaid(
                new SettleBillCommand(BillId.of(UUID.randomUUID()), 1, "WIRE-1")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void markPaidLeavesTheBillOpenWhenASubscriberFailsInTheSameUnitOfWork() {
        Bill open = createIsc();
        fx.platform.subscribe(BillChanged.class, event -> {
            throw new IllegalStateException("ledger unavailable");
        });

        assertThatThrownBy(() -> fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, "WIRE-1")))
                .hasMessage("ledger unavailable");

        assertThat(fx.platform.bills().get(open.id())).isEqualTo(open);
    }

    // -------------------------------------------------------------------------------------------------- voidBill

    @Test
    void voidBillVoidsAnOpenBillAndPublishesBillChanged() {
        Bill open = createIsc();
        fx.forgetPublished();

        Bill voided = fx.platform.bills().voidBill(new SettleBillCommand(open.id(), 1, null));

        assertThat(voided.status()).isEqualTo(BillStatus.VOID);
        assertThat(voided.version()).isEqualTo(2);
        assertThat(voided.paymentReference()).isNull();
        assertThat(voided.paidAt()).isNull();
        assertThat(fx.platform.bills().get(open.id())).isEqualTo(voided);
        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(BillChanged.class,
                event -> assertThat(event.bill()).isEqualTo(voided));
    }

    @Test
    void aSettledBillCanNeitherBeVoidedNorPaid() {
        Bill paid = fx.platform.bills().markPaid(new SettleBillCommand(createIsc().id(), 1, "WIRE-1"));
        Bill voided = fx.platform.bills().voidBill(new SettleBillCommand(createIsc().id(), 1, null));

        assertRejected(() -> fx.platform.bills().voidBill(new SettleBillCommand(paid.id(), 2, null)), "status");
        assertRejected(() -> fx.platform.bills().markPaid(new SettleBillCommand(voided.id(), 2, "WIRE-2")), "status");

        assertThat(fx.platform.bills().get(paid.id())).isEqualTo(paid);
        assertThat(fx.platform.bills().get(voided.id())).isEqualTo(voided);
    }

    @Test
    void voidBillWithAStaleVersionIsAConflict() {
        Bill open = createIsc();
        fx.platform.bills().markPaid(new SettleBillCommand(open.id(), 1, "WIRE-1"));

        assertThatThrownBy(() -> fx.platform.bills().voidBill(new SettleBillCommand(open.id(), 1, null)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(fx.platform.bills().get(open.id()).status()).isEqualTo(BillStatus.PAID);
    }

    @Test
    void settleRefusesAnExpectedVersionBelowOne() {
        Bill open = createIsc();

        assertRejected(() -> new SettleBillCommand(open.id(), 0, "WIRE-1"), "expectedVersion");
    }

    // ------------------------------------------------------------------------------------------------ listForMawb

    @Test
    void listForMawbReturnsTheMawbsBillsOldestFirst() {
        Mawb other = fx.createMawb(7654321);
        Bill isc = createIsc();
        fx.advance(Duration.ofMinutes(1));
        Bill storage = fx.platform.bills().create(command(
                TestData.bill(mawb, BillType.STORAGE, "45000", "JPY")));
        fx.advance(Duration.ofMinutes(1));
        fx.platform.bills().create(command(TestData.bill(other)));
        fx.advance(Duration.ofMinutes(1));
        Bill duty = fx.platform.bills().create(new CreateBillCommand(mawb.id(), BillType.DUTY,
                Money.of("310.00", "EUR"), LocalDate.of(2025, 3, 31)));
        Bill paidIsc = fx.platform.bills().markPaid(new SettleBillCommand(isc.id(), 1, "WIRE-1"));

        assertThat(fx.platform.bills().listForMawb(mawb.id())).containsExactly(paidIsc, storage, duty);
    }

    @Test
    void listForMawbOfAMawbWithoutBillsIsEmptyAndOfAMissingMawbIsNotFound() {
        assertThat(fx.platform.bills().listForMawb(mawb.id())).isEmpty();
        assertThatThrownBy(() -> fx.platform.bills().listForMawb(MawbId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void getOfAMissingBillIsNotFound() {
        assertThatThrownBy(() -> fx.platform.bills().get(BillId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private Bill createIsc() {
        return fx.platform.bills().create(command(TestData.bill(mawb)));
    }

    private static CreateBillCommand command(Bill bill) {
        return new CreateBillCommand(bill.mawbId(), bill.type(), bill.amount(), bill.dueDate());
    }
}
