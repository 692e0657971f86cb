package dev.tracking.scheduler.handlers;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.port.in.bill.BillUseCases;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.MawbUseCases;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.PermanentJobFailure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily report, as jobs of type {@value #TYPE} (register it as a daily {@code RecurringJob}): one e-mail to
 * the configured recipients with a CSV attachment (RFC 4180: a header row, CRLF line ends, UTF-8) listing
 *
 * <ul>
 *   <li>section {@value #LAST_FREE_DAY_SECTION}: every MAWB whose last free day is today or within the next
 *       {@code lastFreeDayWindowDays} days (default {@value #DEFAULT_LAST_FREE_DAY_WINDOW_DAYS}), soonest first;</li>
 *   <li>section {@value #OPEN_ISC_SECTION}: every open ISC bill, oldest first, with its MAWB.</li>
 * </ul>
 *
 * <p>Columns: {@value #HEADER}. The report reads through the platform's use cases, so it needs the features to list
 * MAWBs and bills and acts as whoever the host's {@code ActorProvider} returns on the engine's worker threads: give
 * scheduled work {@code Actor.system()}, which holds every feature. A mail delivery that cannot succeed (a rejected
 * recipient) is a permanent failure; a transient one is retried with backoff.
 *
 * <pre>{@code
 * DailyReportJobHandler.builder(platform.mawbs(), platform.bills(), mailSender)
 *         .recipients("ops@forwarder.example").zone(ZoneId.of("America/Chicago")).build()
 * }</pre>
 */
public final class DailyReportJobHandler implements JobHandler {

    /** The job type. */
    public static final String TYPE = "report";
    /** MAWBs whose last free day is at most this many days ahead are listed, by default. */
    public static final int DEFAULT_LAST_FREE_DAY_WINDOW_DAYS = 3;
    /** The section of MAWBs nearing their last free day. */
    public static final String LAST_FREE_DAY_SECTION = "LAST_FREE_DAY";
    /** The section of open ISC bills. */
    public static final String OPEN_ISC_SECTION = "OPEN_ISC";
    /** The CSV header row. */
    public static final String HEADER = "section,awb_number,mawb_id,origin,destination,consignee,status,"
            + "last_free_day,bill_id,bill_amount,bill_currency,bill_due_date";
    /** The attachment's media type. */
    public static final String CSV_MEDIA_TYPE = "text/csv";

    private static final Logger LOG = LoggerFactory.getLogger(DailyReportJobHandler.class);
    private static final MawbSort SOONEST_LAST_FREE_DAY = new MawbSort(MawbSortField.LAST_FREE_DAY,
            SortDirection.ASC);

    private final MawbUseCases mawbs;
    private final BillUseCases bills;
    private final MailSender mail;
    private final List<String> recipients;
    private final int windowDays;
    private final ZoneId zone;
    private final Clock clock;

    private DailyReportJobHandler(Builder builder) {
        this.mawbs = builder.mawbs;
        this.bills = builder.bills;
        this.mail = builder.mail;
        this.recipients = List.copyOf(builder.recipients);
        this.windowDays = builder.windowDays;
        this.zone = builder.zone;
        this.clock = builder.clock;
    }

    /** Starts configuring the report over the platform's MAWB and bill use cases, sent through {@code mail}. */
    public static Builder builder(MawbUseCases mawbs, BillUseCases bills, MailSender mail) {
        return new Builder(mawbs, bills, mail);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void handle(JobContext context) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate until = today.plusDays(windowDays);
        List<Mawb> nearing = mawbsWithLastFreeDayBetween(today, until);
        List<Bill> openIsc = bills.listOpen(BillType.ISC);
        String csv = csvOf(nearing, openIsc);
        String subject = "Tracking daily report " + today + ": " + nearing.size() + " MAWBs near their last free day, "
                + openIsc.size() + " open ISC bills";
        String text = "Daily tracking report for " + today + " (" + zone.getId() + ").\r\n\r\n"
                + nearing.size() + " MAWBs reach their last free day between " + today + " and " + until + ".\r\n"
                + openIsc.size() + " ISC bills are open.\r\n\r\nThe attached CSV lists them.\r\n";
        MailAttachment attachment = new MailAttachment("tracking-report-" + today + ".csv", CSV_MEDIA_TYPE,
                csv.getBytes(StandardCharsets.UTF_8));
        try {
            mail.send(new MailMessage(null, recipients, List.of(), null, subject, text, null, List.of(attachment)));
        } catch (MailDeliveryException e) {
            if (e.permanent()) {
                throw new PermanentJobFailure("the daily report cannot be delivered: " + e.getMessage(), e);
            }
            throw e;
        }
        LOG.info("sent the daily report for {} to {} recipients: {} MAWBs, {} open ISC bills", today,
                recipients.size(), nearing.size(), openIsc.size());
    }

    private List<Mawb> mawbsWithLastFreeDayBetween(LocalDate from, LocalDate to) {
        MawbCriteria criteria = MawbCriteria.any().withLastFreeDay(from, to);
        ListMawbsCommand command = new ListMawbsCommand(criteria, SOONEST_LAST_FREE_DAY,
                PageRequest.first(PageRequest.MAX_LIMIT));
        List<Mawb> found = new ArrayList<>();
        while (true) {
            Page<Mawb> page = mawbs.list(command);
            found.addAll(page.items());
            if (!page.hasNext()) {
                return found;
            }
            command = command.withPage(command.page().next(page.nextCursor()));
        }
    }

    private String csvOf(List<Mawb> nearing, List<Bill> openIsc) {
        Csv csv = new Csv().row(Arrays.asList(HEADER.split(",")));
        for (Mawb mawb : nearing) {
            csv.row(row(LAST_FREE_DAY_SECTION, mawb, mawb.id(), null));
        }
        Map<MawbId, Optional<Mawb>> mawbsOfBills = new HashMap<>();
        for (Bill bill : openIsc) {
            Optional<Mawb> mawb = mawbsOfBills.computeIfAbsent(bill.mawbId(), this::findMawb);
            csv.row(row(OPEN_ISC_SECTION, mawb.orElse(null), bill.mawbId(), bill));
        }
        return csv.toString();
    }

    private Optional<Mawb> findMawb(MawbId id) {
        try {
            return Optional.of(mawbs.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static List<String> row(String section, Mawb mawb, MawbId mawbId, Bill bill) {
        List<String> fields = new ArrayList<>(12);
        fields.add(section);
        fields.add(mawb == null ? null : mawb.number().toString());
        fields.add(mawbId.toString());
        fields.add(mawb == null ? null : mawb.details().origin().toString());
        fields.add(mawb == null ? null : mawb.details().destination().toString());
        fields.add(mawb == null ? null : mawb.details().consignee().name());
        fields.add(mawb == null ? null : mawb.status().name());
        fields.add(mawb == null || mawb.details().lastFreeDay() == null ? null
                : mawb.details().lastFreeDay().toString());
        fields.add(bill == null ? null : bill.id().toString());
        fields.add(bill == null ? null : bill.amount().amount().toPlainString());
        fields.add(bill == null ? null : bill.amount().currency().getCurrencyCode());
        fields.add(bill == null || bill.dueDate() == null ? null : bill.dueDate().toString());
        return fields;
    }

    @Override
    public String toString() {
        return "DailyReportJobHandler[recipients=" + recipients + ", windowDays=" + windowDays + ", zone=" + zone
                + "]";
    }

    /** Configures a {@link DailyReportJobHandler}; {@link #build()} needs at least one recipient. */
    public static final class Builder {

        private final MawbUseCases mawbs;
        private final BillUseCases bills;
        private final MailSender mail;
        private List<String> recipients = List.of();
        private int windowDays = DEFAULT_LAST_FREE_DAY_WINDOW_DAYS;
        private ZoneId zone = ZoneOffset.UTC;
        private Clock clock = Clock.systemUTC();

        private Builder(MawbUseCases mawbs, BillUseCases bills, MailSender mail) {
            this.mawbs = Objects.requireNonNull(mawbs, "mawbs");
            this.bills = Objects.requireNonNull(bills, "bills");
            this.mail = Objects.requireNonNull(mail, "mail");
        }

        /** Who receives the report (at least one address). */
        public Builder recipients(String... addresses) {
            return recipients(Arrays.asList(Objects.requireNonNull(addresses, "recipients")));
        }

        /** Who receives the report (at least one address). */
        public Builder recipients(List<String> addresses) {
            Objects.requireNonNull(addresses, "recipients");
            List<String> checked = new ArrayList<>();
            for (String address : addresses) {
                if (address == null || address.isBlank()) {
                    throw new IllegalArgumentException("a recipient must not be blank");
                }
                checked.add(address.strip());
            }
            this.recipients = List.copyOf(checked);
            return this;
        }

        /**
         * MAWBs whose last free day is today up to this many days ahead are listed; default
         * {@value #DEFAULT_LAST_FREE_DAY_WINDOW_DAYS}.
         */
        public Builder lastFreeDayWindowDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("lastFreeDayWindowDays must not be negative: " + days);
            }
            this.windowDays = days;
            return this;
        }

        /** The zone whose date is "today"; default UTC. */
        public Builder zone(ZoneId newZone) {
            this.zone = Objects.requireNonNull(newZone, "zone");
            return this;
        }

        /** The clock of today; default UTC system time. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /** @throws IllegalArgumentException without recipients */
        public DailyReportJobHandler build() {
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("the daily report needs at least one recipient");
            }
            return new DailyReportJobHandler(this);
        }
    }
}
