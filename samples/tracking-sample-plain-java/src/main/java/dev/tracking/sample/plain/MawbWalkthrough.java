package dev.tracking.sample.plain;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.reminder.Reminder;
import dev.tracking.core.domain.workflow.CompletedStep;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.out.AttachmentStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One MAWB from Frankfurt to New York through the default US air-import SOP: created (its pre-alert e-mail goes out
 * with the documents attached), documents complete, arrived by the carrier's ARR event (last-free-day alerts and ISC
 * reminders scheduled), ISC paid, released by customs, pickup scheduled, delivered by the DLV event, closed (every
 * reminder cancelled).
 */
final class MawbWalkthrough {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TrackingPlatform platform;
    private final AttachmentStorage documents;
    private final Clock clock;
    private final PrintStream out;

    MawbWalkthrough(SampleTracking tracking, Clock clock, PrintStream out) {
        this.platform = tracking.platform;
        this.documents = tracking.documents;
        this.clock = clock;
        this.out = out;
    }

    /** Creates the MAWB; its pre-alert reminder is due at once. */
    Mawb create() {
        OffsetDateTime departure = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(1))
                .minusHours(10);
        MawbDetails details = new MawbDetails(AirportCode.of("FRA"), AirportCode.of("JFK"),
                new Party("Rheinmetall Pumpen GmbH", "Industriestr. 5", "Frankfurt", "DE", "export@pumpen.example"),
                new Party("Hudson Industrial Supply", "200 Water St", "New York", "US", "imports@hudson.example"),
                null, 12, Weight.kg("1250.5"), Volume.cbm("7.25"), "Hydraulic pumps, HS 8413.60",
                List.of(FlightLeg.scheduled("LH400", "FRA", "JFK", departure,
                        departure.plusHours(9).withOffsetSameInstant(ZoneOffset.ofHours(-5)))),
                LocalDate.now(clock.withZone(NEW_YORK)).plusDays(5), null, List.of(), List.of());
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(AwbNumber.parse("020-12345675"), details));
        out.printf("Created MAWB %s (%s -> %s), last free day %s%n", mawb.number(), details.origin(),
                details.destination(), details.lastFreeDay());
        for (String type : List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST")) {
            attach(mawb, type);
        }
        printStatus(mawb);
        return mawb;
    }

    /** Walks the MAWB from its documents to CLOSED. */
    WorkflowStatus walkToClosed(Mawb mawb) {
        advance(mawb, "PRE_ALERT");

        record(mawb, "ARR");
        printStatus(mawb);

        Bill isc = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC, Money.of("85.00", "USD"),
                null));
        platform.bills().markPaid(new SettleBillCommand(isc.id(), isc.version(), "WIRE-2025-0042"));
        out.println("ISC bill paid: its reminders are cancelled");
        advance(mawb, "ARRIVED");

        attach(mawb, "CUSTOMS_RELEASE");
        record(mawb, "CCD");
        advance(mawb, "ISC_PAID");

        attach(mawb, "DELIVERY_ORDER");
        advance(mawb, "CUSTOMS_RELEASED");

        record(mawb, "DLV");
        WorkflowStatus closed = advance(mawb, "DELIVERED");
        printStatus(mawb);
        out.println("Steps:");
        for (CompletedStep step : closed.history()) {
            out.printf("  %-17s %s by %s%s%n", step.code(), step.enteredAt(), step.enteredBy(),
                    step.triggerCode() == null ? "" : " (on " + step.triggerCode() + ")");
        }
        return closed;
    }

    private WorkflowStatus advance(Mawb mawb, String expectedStep) {
        WorkflowStatus status = platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), expectedStep));
        out.printf("Advanced %s -> %s%n", expectedStep, status.current().code());
        return status;
    }

    private void record(Mawb mawb, String code) {
        platform.events().record(RecordEventCommand.actual(ShipmentRef.of(mawb.id()), code,
                OffsetDateTime.now(clock.withZone(NEW_YORK)).minusMinutes(5), AirportCode.of("JFK"),
                EventSource.CARRIER));
        out.printf("Carrier reported %s at JFK: the MAWB is at %s%n", code,
                platform.workflows().status(mawb.id()).current().code());
    }

    private void attach(Mawb mawb, String fileType) {
        byte[] content = ("%PDF-1.4 sample " + fileType + " of " + mawb.number()).getBytes(StandardCharsets.UTF_8);
        try {
            AttachmentStorage.StoredDocument stored = documents.store(new ByteArrayInputStream(content), 1_000_000);
            platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()), fileType,
                    fileType.toLowerCase() + ".pdf", "application/pdf", stored.sizeBytes(), stored.sha256(),
                    stored.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printStatus(Mawb mawb) {
        WorkflowStatus status = platform.workflows().status(mawb.id());
        out.printf("Workflow at %s; next %s%s%n", status.current().code(),
                status.next().map(s -> s.code()).orElse("(none)"),
                status.unmet().isEmpty() ? "" : ", missing " + status.unmet().stream()
                        .map(u -> u.requirement()).toList());
        for (Reminder reminder : status.upcoming()) {
            out.printf("  reminder %-13s due %s%n", reminder.kind(), reminder.fireAt().atZone(NEW_YORK));
        }
    }
}
