package dev.tracking.scheduler.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.port.in.bill.BillUseCases;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.MawbUseCases;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.PermanentJobFailure;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DailyReportJobHandlerTest {

    /** 22:00 on Thursday 2025-03-13 in Chicago (CDT). */
    private static final Instant NOW = Instant.parse("2025-03-14T03:00:00Z");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Mawb due13 = TestData.mawbBuilder(1).lastFreeDay(LocalDate.of(2025, 3, 13))
            .consignee("Midwest Hydraulics, Inc.").build();
    private final Mawb due15 = TestData.mawbBuilder(2).lastFreeDay(LocalDate.of(2025, 3, 15)).build();
    private final Mawb due16 = TestData.mawbBuilder(3).lastFreeDay(LocalDate.of(2025, 3, 16))
            .consignee("The \"Best\" Importer").build();
    private final MawbId gone = MawbId.of(UUID.fromString("0195a0c4-7d3e-7000-8000-00000000dead"));
    private final Bill iscOfDue15 = TestData.billBuilder(due15).type(BillType.ISC).amount("125.50", "USD")
            .dueDate(LocalDate.of(2025, 3, 20)).build();
    private final Bill iscOfAGoneMawb = TestData.billBuilder(gone).type(BillType.ISC).amount("80", "EUR")
            .dueDate(null).build();

    private final FakeMawbs mawbs = new FakeMawbs(List.of(List.of(due13, due15), List.of(due16)));
    private final List<MailMessage> sent = new ArrayList<>();
    private final List<BillType> billQueries = new ArrayList<>();
    private final BillUseCases bills = new FakeBills(type -> {
        billQueries.add(type);
        return List.of(iscOfDue15, iscOfAGoneMawb);
    });

    @Test
    void mailsACsvOfTheMawbsNearTheirLastFreeDayAndTheOpenIscBills() {
        DailyReportJobHandler handler = DailyReportJobHandler.builder(mawbs, bills, sent::add)
                .recipients("ops@forwarder.example", " import@forwarder.example ").zone(CHICAGO)
                .clock(new SettableClock(NOW)).build();

        handler.handle(context());

        assertThat(handler.type()).isEqualTo("report");
        assertThat(mawbs.commands).hasSize(2);
        ListMawbsCommand first = mawbs.commands.get(0);
        assertThat(first.criteria().lastFreeDayFrom()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(first.criteria().lastFreeDayTo()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(first.sort().field()).isEqualTo(MawbSortField.LAST_FREE_DAY);
        assertThat(first.sort().direction()).isEqualTo(SortDirection.ASC);
        assertThat(first.page().cursor()).isNull();
        assertThat(first.page().limit()).isEqualTo(200);
        assertThat(mawbs.commands.get(1).page().cursor()).isEqualTo("page-2");
        assertThat(mawbs.commands.get(1).criteria()).isEqualTo(first.criteria());
        assertThat(billQueries).containsExactly(BillType.ISC);

        MailMessage mail = sent.get(0);
        assertThat(sent).hasSize(1);
        assertThat(mail.to()).containsExactly("ops@forwarder.example", "import@forwarder.example");
        assertThat(mail.subject()).isEqualTo(
                "Tracking daily report 2025-03-13: 3 MAWBs near their last free day, 2 open ISC bills");
        assertThat(mail.text()).contains("between 2025-03-13 and 2025-03-16", "2 ISC bills are open");
        MailAttachment csv = mail.attachments().get(0);
        assertThat(mail.attachments()).hasSize(1);
        assertThat(csv.fileName()).isEqualTo("tracking-report-2025-03-13.csv");
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "section,awb_number,mawb_id,origin,destination,consignee,status,last_free_day,bill_id,bill_amount,"
                        + "bill_currency,bill_due_date",
                "LAST_FREE_DAY," + number(due13) + "," + due13.id() + ",FRA,ORD,\"Midwest Hydraulics, Inc.\",CREATED,"
                        + "2025-03-13,,,,",
                "LAST_FREE_DAY," + number(due15) + "," + due15.id() + ",FRA,ORD,Midwest Hydraulics Inc.,CREATED,"
                        + "2025-03-15,,,,",
                "LAST_FREE_DAY," + number(due16) + "," + due16.id() + ",FRA,ORD,\"The \"\"Best\"\" Importer\","
                        + "CREATED,2025-03-16,,,,",
                "OPEN_ISC," + number(due15) + "," + due15.id() + ",FRA,ORD,Midwest Hydraulics Inc.,CREATED,2025-03-15,"
                        + iscOfDue15.id() + ",125.50,USD,2025-03-20",
                "OPEN_ISC,," + gone + ",,,,,," + iscOfAGoneMawb.id() + ",80.00,EUR,",
                ""));
    }

    @Test
    void anUndeliverableReportIsAPermanentFailureAndATransientOneIsRetried() {
        DailyReportJobHandler rejected = DailyReportJobHandler.builder(mawbs, bills, message -> {
            throw new MailDeliveryException("550 no such user", true, null);
        }).recipients("nobody@forwarder.example").clock(new SettableClock(NOW)).build();
        DailyReportJobHandler serverDown = DailyReportJobHandler.builder(mawbs, bills, message -> {
            throw new MailDeliveryException("421 try later", false, null);
        }).recipients("ops@forwarder.example").clock(new SettableClock(NOW)).build();

        assertThatThrownBy(() -> rejected.handle(context())).isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("550");
        assertThatThrownBy(() -> serverDown.handle(context())).isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("421");
    }

    @Test
    void needsARecipientAndASensibleWindow() {
        assertThatThrownBy(() -> DailyReportJobHandler.builder(mawbs, bills, sent::add).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipient");
        assertThatThrownBy(() -> DailyReportJobHandler.builder(mawbs, bills, sent::add).recipients("ops@x.example",
                " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyReportJobHandler.builder(mawbs, bills, sent::add).lastFreeDayWindowDays(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DailyReportJobHandler.DEFAULT_LAST_FREE_DAY_WINDOW_DAYS).isEqualTo(3);
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(new Csv().row(List.of("a", "b")).row(List.of("c", "")).toString()).isEqualTo("a,b\r\nc,\r\n");
    }

    private static String number(Mawb mawb) {
        AwbNumber number = mawb.number();
        return number.toString();
    }

    private static JobContext context() {
        return new JobContext(UUID.randomUUID(), "report", Map.of(), 1, 5, "recurring:report:x", NOW);
    }

    /** Serves the pages given, one per call, and the MAWBs in them by id. */
    private static final class FakeMawbs implements MawbUseCases {

        final List<ListMawbsCommand> commands = new ArrayList<>();
        private final List<List<Mawb>> pages;

        FakeMawbs(List<List<Mawb>> pages) {
            this.pages = pages;
        }

        @Override
        public Page<Mawb> list(ListMawbsCommand command) {
            commands.add(command);
            int index = command.page().cursor() == null ? 0
                    : Integer.parseInt(command.page().cursor().substring("page-".length())) - 1;
            return new Page<>(pages.get(index), index + 1 < pages.size() ? "page-" + (index + 2) : null);
        }

        @Override
        public Mawb get(MawbId id) {
            return pages.stream().flatMap(List::stream).filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("mawb", id));
        }

        @Override
        public Mawb create(CreateMawbCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mawb update(UpdateMawbCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mawb getByNumber(AwbNumber number) {
            throw new UnsupportedOperationException();
        }
    }

    /** Answers {@code listOpen} and nothing else. */
    private static final class FakeBills implements BillUseCases {

        private final java.util.function.Function<BillType, List<Bill>> open;

        FakeBills(java.util.function.Function<BillType, List<Bill>> open) {
            this.open = open;
        }

        @Override
        public List<Bill> listOpen(BillType type) {
            return open.apply(type);
        }

        @Override
        public Bill create(CreateBillCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Bill markPaid(SettleBillCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Bill voidBill(SettleBillCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Bill get(dev.tracking.core.domain.common.BillId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Bill> listForMawb(MawbId mawbId) {
            throw new UnsupportedOperationException();
        }
    }
}
