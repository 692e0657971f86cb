package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.reminder.Reminder;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.domain.workflow.CompletedStep;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.StaleStepException;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.UnmetRequirement;
import dev.tracking.core.domain.workflow.UnmetRequirementsException;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.reminder.ReminderOutcome;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.out.BusinessCalendar;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.RecordingNotifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SOP workflow and its reminders, end to end through the platform's use cases over the ports under test: a MAWB's
 * workflow starts with it (and goes when its creation rolls back), advancing checks the expected step and every
 * requirement, events move the steps that name them, and reminders are scheduled, cancelled and replanned in the units
 * of work of the changes that cause them, in the destination's local time across daylight-saving switches, weekends
 * and holidays. Two users advancing one MAWB at once: exactly one wins.
 *
 * <p>The suite drives the reminders itself as a job engine would: it lists a MAWB's waiting reminder jobs through
 * the {@code JobScheduler} port, fires those that are due through {@code ReminderUseCases}, and cancels each fired job's
 * key so it is not run again.
 */
public abstract class WorkflowContract extends PersistenceContract {

    /** Thanksgiving 2025, a holiday at every airport of the suite's calendar. */
    protected static final LocalDate THANKSGIVING = LocalDate.of(2025, 11, 27);
    private static final String ROLE = "ops";
    private static final List<String> DOCUMENTS = List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST",
            "CUSTOMS_RELEASE", "DELIVERY_ORDER", "EMPTY_RETURN_RECEIPT");

    protected SettableClock clock;
    protected RecordingNotifier notifier;
    protected TrackingPlatform platform;
    private int serial;

    @BeforeEach
    void buildThePlatform() {
        Instant start = Instant.parse("2025-10-27T12:00:00Z");
        clock = new SettableClock(start);
        notifier = new RecordingNotifier();
        for (Feature feature : Feature.values()) {
            permissions().saveFeature(feature.code(), feature.description());
            permissions().insertGrant(new RoleGrant(ROLE, feature.code(), start, Actor.SYSTEM_USER));
        }
        if (opened().workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT).isEmpty()) {
            opened().workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        }
        givenCarrier(TestData.carrier());
        DOCUMENTS.forEach(code -> givenFileType(TestData.fileType(code)));
        platform = TrackingPlatform.builder()
                .persistence(opened())
                .actorProvider(() -> Actor.user("olga.ops", ROLE))
                .clock(clock)
                .notifier(notifier)
                .businessCalendar(BusinessCalendar.weekendsAndHolidays(Set.of(THANKSGIVING), Map.of()))
                .build();
    }

    // ----------------------------------------------------------------------------------------------- starting

    @Test
    void aNewMawbStartsAtTheFirstStepAndSchedulesItsPreAlert() {
        Mawb mawb = createMawb("JFK", LocalDate.of(2025, 11, 5));

        WorkflowStatus status = platform.workflows().status(mawb.id());

        assertThat(status.current().code()).isEqualTo("PRE_ALERT");
        assertThat(status.workflowCode()).isEqualTo(DefaultWorkflows.US_AIR_IMPORT);
        assertThat(status.history()).singleElement().satisfies(step -> {
            assertThat(step.code()).isEqualTo("PRE_ALERT");
            assertThat(step.enteredBy()).isEqualTo("olga.ops");
            assertThat(step.enteredAt()).isEqualTo(micros(clock.instant()));
        });
        assertThat(status.next()).map(s -> s.code()).contains("DOCS_COMPLETE");
        assertThat(status.unmet()).extracting(UnmetRequirement::requirement).containsExactly(
                "DOCUMENT:COMMERCIAL_INVOICE", "DOCUMENT:MAWB", "DOCUMENT:PACKING_LIST");
        assertThat(status.upcoming()).extracting(Reminder::kind).containsExactly(ReminderKind.PRE_ALERT);

        runDueReminders(mawb);
        assertThat(notifier.sent()).extracting(Notification::topic).containsExactly("reminder.PRE_ALERT");
        assertThat(notifier.sent().get(0).attributes()).containsEntry("awbNumber", mawb.number().toString())
                .containsEntry("destination", "JFK");
    }

    @Test
    void aRolledBackMawbCreationLeavesNeitherWorkflowNorJobs() {
        CreateMawbCommand command = new CreateMawbCommand(TestData.awbNumber(++serial), TestData.mawbBuilder(serial)
                .destination("JFK").build().details());

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            platform.mawbs().create(command);
            throw new IllegalStateException("the host's own work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(opened().jobScheduler().pending("reminder:")).isEmpty();
        assertThat(mawbs().findByNumber(command.awbNumber())).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- advancing

    @Test
    void advancingChecksEveryRequirementAndListsAllThatAreUnmet() {
        Mawb mawb = createMawb("JFK", null);
        attach(mawb, "COMMERCIAL_INVOICE");

        assertThatThrownBy(() -> advance(mawb, "PRE_ALERT"))
                .isInstanceOfSatisfying(UnmetRequirementsException.class, e -> {
                    assertThat(e.step()).isEqualTo("DOCS_COMPLETE");
                    assertThat(e.unmet()).extracting(UnmetRequirement::requirement)
                            .containsExactly("DOCUMENT:MAWB", "DOCUMENT:PACKING_LIST");
                });
        assertThat(platform.workflows().status(mawb.id()).current().code()).isEqualTo("PRE_ALERT");
    }

    @Test
    void aStaleExpectedStepIsAConflictSoADoubleSubmissionMovesOneStep() {
        Mawb mawb = createMawb("JFK", null);
        attachAll(mawb, "MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST");

        WorkflowStatus moved = advance(mawb, "PRE_ALERT");

        assertThat(moved.current().code()).isEqualTo("DOCS_COMPLETE");
        assertThatThrownBy(() -> advance(mawb, "PRE_ALERT"))
                .isInstanceOfSatisfying(StaleStepException.class, e -> {
                    assertThat(e.expectedStep()).isEqualTo("PRE_ALERT");
                    assertThat(e.currentStep()).isEqualTo("DOCS_COMPLETE");
                });
        assertThat(platform.workflows().status(mawb.id()).history()).extracting(CompletedStep::code)
                .containsExactly("PRE_ALERT", "DOCS_COMPLETE");
    }

    @Test
    void everyMoveIsAnEventOnTheTimelineWithWhoAndWhen() {
        Mawb mawb = createMawb("JFK", null);
        attachAll(mawb, "MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST");
        clock.set(Instant.parse("2025-10-27T15:30:00Z"));

        advance(mawb, "PRE_ALERT");

        List<TrackingEvent> moves = platform.events().timeline(ShipmentRef.of(mawb.id()), false).stream()
                .filter(e -> e.code().value().equals(WorkflowEventCodes.STEP_ENTERED))
                .toList();
        assertThat(moves).singleElement().satisfies(e -> {
            assertThat(e.recordedBy()).isEqualTo("olga.ops");
            assertThat(e.occurredInstant()).isEqualTo(Instant.parse("2025-10-27T15:30:00Z"));
            assertThat(e.metadata()).containsEntry("fromStep", "PRE_ALERT").containsEntry("toStep", "DOCS_COMPLETE")
                    .containsEntry("trigger", "MANUAL");
            assertThat(e.source()).isEqualTo(EventSource.MANUAL);
        });
    }

    @Test
    void twoUsersAdvancingOneMawbAtOnceExactlyOneWins() throws Exception {
        Mawb mawb = createMawb("JFK", null);
        attachAll(mawb, "MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST");
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger conflicts = new AtomicInteger();
        Callable<String> advanceOnce = () -> {
            start.await();
            try {
                return advance(mawb, "PRE_ALERT").current().code();
            } catch (StaleStepException e) {
                conflicts.incrementAndGet();
                return "conflict";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = List.of(pool.submit(advanceOnce), pool.submit(advanceOnce));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder("DOCS_COMPLETE", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(conflicts).hasValue(1);
        assertThat(platform.workflows().status(mawb.id()).history()).extracting(CompletedStep::code)
                .containsExactly("PRE_ALERT", "DOCS_COMPLETE");
    }

    @Test
    void anArrivalEventMovesTheMawbIntoArrivedAndSchedulesItsReminders() {
        Mawb mawb = createMawb("JFK", LocalDate.of(2025, 11, 5));
        docsComplete(mawb);
        clock.set(Instant.parse("2025-10-29T12:00:00Z"));

        recordArrival(mawb, "JFK");

        WorkflowStatus status = platform.workflows().status(mawb.id());
        assertThat(status.current().code()).isEqualTo("ARRIVED");
        assertThat(status.history()).last().satisfies(step -> {
            assertThat(step.trigger()).isEqualTo(TransitionTrigger.EVENT);
            assertThat(step.triggerCode()).isEqualTo("ARR");
        });
        assertThat(status.upcoming()).filteredOn(r -> r.kind() != ReminderKind.PRE_ALERT)
                .extracting(Reminder::kind, Reminder::fireAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReminderKind.ISC_PAYMENT, Instant.parse("2025-10-29T13:00:00Z")),
                // LFD Wednesday 5 November: 3 days before is Sunday 2 November, the day the clocks go back, so the
                // alert moves to Friday 31 October, 09:00 EDT; 1 day before is Tuesday 4 November, 09:00 EST.
                org.assertj.core.groups.Tuple.tuple(ReminderKind.LAST_FREE_DAY, Instant.parse("2025-10-31T13:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(ReminderKind.LAST_FREE_DAY, Instant.parse("2025-11-04T14:00:00Z")));
    }

    @Test
    void anArrivalAwayFromTheDestinationMovesNothing() {
        Mawb mawb = createMawb("JFK", null);
        docsComplete(mawb);
        clock.set(Instant.parse("2025-10-29T12:00:00Z"));

        recordArrival(mawb, "ORD");

        assertThat(platform.workflows().status(mawb.id()).current().code()).isEqualTo("DOCS_COMPLETE");
    }

    // ------------------------------------------------------------------------------------------------ reminders

    @Test
    void lastFreeDayAlertsFollowTheSpringSwitchInLosAngeles() {
        Mawb mawb = arrived("LAX", LocalDate.of(2025, 3, 12), Instant.parse("2025-03-05T18:00:00Z"));

        // 3 days before is Sunday 9 March (clocks go forward): Friday 7 March 09:00 PST; 1 day before 09:00 PDT.
        assertThat(upcoming(mawb, ReminderKind.LAST_FREE_DAY)).containsExactly(
                Instant.parse("2025-03-07T17:00:00Z"), Instant.parse("2025-03-11T16:00:00Z"));
    }

    @Test
    void lastFreeDayAlertsFollowTheAutumnSwitchInFrankfurt() {
        Mawb mawb = arrived("FRA", LocalDate.of(2025, 10, 28), Instant.parse("2025-10-20T08:00:00Z"));

        // 3 days before is Saturday 25 October: Friday 24 October 09:00 CEST; 1 day before Monday 27th 09:00 CET.
        assertThat(upcoming(mawb, ReminderKind.LAST_FREE_DAY)).containsExactly(
                Instant.parse("2025-10-24T07:00:00Z"), Instant.parse("2025-10-27T08:00:00Z"));
    }

    @Test
    void lastFreeDayAlertsThatFallOnAHolidayOrAWeekendComeTheWorkingDayBefore() {
        Mawb mawb = arrived("JFK", LocalDate.of(2025, 11, 30), Instant.parse("2025-11-20T15:00:00Z"));

        // LFD Sunday 30 November: 3 days before is Thanksgiving -> Wednesday 26th; 1 day before is a Saturday -> Friday.
        assertThat(upcoming(mawb, ReminderKind.LAST_FREE_DAY)).containsExactly(
                Instant.parse("2025-11-26T14:00:00Z"), Instant.parse("2025-11-28T14:00:00Z"));
    }

    @Test
    void aLastFreeDayChangedTwiceKeepsOnlyTheAlertsOfTheLatest() {
        Mawb mawb = arrived("JFK", LocalDate.of(2025, 11, 14), Instant.parse("2025-11-03T15:00:00Z"));

        Mawb changed = changeLastFreeDay(mawb, LocalDate.of(2025, 11, 19));
        changeLastFreeDay(changed, LocalDate.of(2025, 11, 12));

        assertThat(upcoming(mawb, ReminderKind.LAST_FREE_DAY)).containsExactly(
                Instant.parse("2025-11-07T14:00:00Z"), Instant.parse("2025-11-11T14:00:00Z"));
        clock.set(Instant.parse("2025-11-20T00:00:00Z"));
        runDueReminders(mawb);
        assertThat(notifier.sent()).filteredOn(n -> n.topic().equals("reminder.LAST_FREE_DAY"))
                .extracting(n -> n.attributes().get("lastFreeDay")).containsExactly("2025-11-12", "2025-11-12");
    }

    @Test
    void anIscBillPaidBetweenTheMorningAndTheAfternoonReminderStopsThem() {
        Mawb mawb = arrived("JFK", null, Instant.parse("2025-10-29T12:00:00Z"));
        Bill isc = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC,
                Money.of("85.00", "USD"), null));
        assertThat(upcoming(mawb, ReminderKind.ISC_PAYMENT)).containsExactly(Instant.parse("2025-10-29T13:00:00Z"));

        clock.set(Instant.parse("2025-10-29T13:00:00Z"));
        runDueReminders(mawb);
        assertThat(upcoming(mawb, ReminderKind.ISC_PAYMENT)).containsExactly(Instant.parse("2025-10-29T18:00:00Z"));

        clock.set(Instant.parse("2025-10-29T15:00:00Z"));
        platform.bills().markPaid(new SettleBillCommand(isc.id(), isc.version(), "WIRE-4711"));
        assertThat(upcoming(mawb, ReminderKind.ISC_PAYMENT)).isEmpty();

        clock.set(Instant.parse("2025-10-30T20:00:00Z"));
        runDueReminders(mawb);
        assertThat(notifier.sent()).filteredOn(n -> n.topic().equals("reminder.ISC_PAYMENT")).hasSize(1);
    }

    @Test
    void anIscReminderThatFiresAfterThePaymentIsSkipped() {
        Mawb mawb = arrived("JFK", null, Instant.parse("2025-10-29T12:00:00Z"));
        Bill isc = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC,
                Money.of("85.00", "USD"), null));
        platform.bills().markPaid(new SettleBillCommand(isc.id(), isc.version(), "WIRE-4711"));

        ReminderOutcome outcome = platform.reminders().fire(new FireReminderCommand(ReminderKind.ISC_PAYMENT,
                mawb.id(), Instant.parse("2025-10-29T13:00:00Z")));

        assertThat(outcome.result()).isEqualTo(ReminderOutcome.Result.SKIPPED);
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void closingAMawbCancelsEveryPendingReminder() {
        Mawb mawb = arrived("JFK", LocalDate.of(2025, 11, 20), Instant.parse("2025-11-03T15:00:00Z"));
        Bill isc = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC,
                Money.of("85.00", "USD"), null));
        platform.bills().markPaid(new SettleBillCommand(isc.id(), isc.version(), "WIRE-4711"));
        advance(mawb, "ARRIVED");
        attach(mawb, "CUSTOMS_RELEASE");
        record(mawb, "CCD", "JFK");
        advance(mawb, "ISC_PAID");
        attach(mawb, "DELIVERY_ORDER");
        advance(mawb, "CUSTOMS_RELEASED");
        assertThat(platform.workflows().status(mawb.id()).current().code()).isEqualTo("PICKUP_SCHEDULED");
        record(mawb, "DLV", "JFK");
        WorkflowStatus delivered = platform.workflows().status(mawb.id());
        assertThat(delivered.current().code()).isEqualTo("DELIVERED");
        assertThat(delivered.next()).map(s -> s.code()).as("no ocean containers: EMPTY_RETURNED is skipped")
                .contains("CLOSED");
        assertThat(delivered.upcoming()).extracting(Reminder::kind)
                .contains(ReminderKind.LAST_FREE_DAY, ReminderKind.PICKUP);

        WorkflowStatus closed = advance(mawb, "DELIVERED");

        assertThat(closed.current().code()).isEqualTo("CLOSED");
        assertThat(closed.finished()).isTrue();
        assertThat(closed.upcoming()).isEmpty();
        assertThat(opened().jobScheduler().pending(Reminder.groupsOf(mawb.id()))).isEmpty();
        assertThat(platform.reminders().fire(new FireReminderCommand(ReminderKind.LAST_FREE_DAY, mawb.id(),
                Instant.parse("2025-11-17T14:00:00Z"))).result()).isEqualTo(ReminderOutcome.Result.SKIPPED);
    }

    @Test
    void aDeliveryEventMovesAMawbAtPickupScheduledAndReturnedContainersEndTheEmptyReturnReminders() {
        Equipment container = TestData.container();
        Mawb mawb = createMawb(TestData.mawbBuilder(++serial).destination("JFK").lastFreeDay(null)
                .equipment(container));
        docsComplete(mawb);
        clock.set(Instant.parse("2025-11-03T15:00:00Z"));
        recordArrival(mawb, "JFK");
        Bill isc = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC,
                Money.of("85.00", "USD"), null));
        platform.bills().markPaid(new SettleBillCommand(isc.id(), isc.version(), "WIRE-4711"));
        advance(mawb, "ARRIVED");
        attachAll(mawb, "CUSTOMS_RELEASE", "DELIVERY_ORDER");
        record(mawb, "CCD", "JFK");
        advance(mawb, "ISC_PAID");
        advance(mawb, "CUSTOMS_RELEASED");
        clock.set(Instant.parse("2025-11-04T16:00:00Z"));

        record(mawb, "DLV", "JFK");

        WorkflowStatus delivered = platform.workflows().status(mawb.id());
        assertThat(delivered.current().code()).isEqualTo("DELIVERED");
        assertThat(delivered.next()).map(s -> s.code()).contains("EMPTY_RETURNED");
        // 3 days after Tuesday 4 November is Friday 7 November, 09:00 EST.
        assertThat(upcoming(mawb, ReminderKind.EMPTY_RETURN)).containsExactly(Instant.parse("2025-11-07T14:00:00Z"));
        clock.set(Instant.parse("2025-11-07T14:00:00Z"));
        runDueReminders(mawb);
        assertThat(upcoming(mawb, ReminderKind.EMPTY_RETURN)).as("then daily, on working days")
                .containsExactly(Instant.parse("2025-11-10T14:00:00Z"));

        platform.events().record(new RecordEventCommand(ShipmentRef.of(mawb.id()),
                dev.tracking.core.domain.event.EventCode.of(WorkflowEventCodes.EMPTY_RETURNED),
                dev.tracking.core.domain.event.TimeType.ACTUAL, OffsetDateTime.parse("2025-11-07T09:30:00-05:00"),
                AirportCode.of("JFK"), null, null, EventSource.MANUAL, "back at the depot",
                Map.of(WorkflowEventCodes.EQUIPMENT, container.id().value()), null));

        assertThat(upcoming(mawb, ReminderKind.EMPTY_RETURN)).isEmpty();
        attach(mawb, "EMPTY_RETURN_RECEIPT");
        assertThat(advance(mawb, "DELIVERED").current().code()).isEqualTo("EMPTY_RETURNED");
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** A MAWB created through the use case, to the destination, with the last free day (or none). */
    protected final Mawb createMawb(String destination, LocalDate lastFreeDay) {
        TestData.MawbBuilder builder = TestData.mawbBuilder(++serial).lastFreeDay(lastFreeDay);
        if (destination.equals("FRA")) {
            builder.origin("JFK");
        }
        return createMawb(builder.destination(destination));
    }

    private Mawb createMawb(TestData.MawbBuilder builder) {
        Mawb template = builder.build();
        return platform.mawbs().create(new CreateMawbCommand(template.number(), template.details()));
    }

    /** A MAWB moved to ARRIVED at {@code arrivedAt} by an actual ARR at its destination. */
    protected final Mawb arrived(String destination, LocalDate lastFreeDay, Instant arrivedAt) {
        clock.set(arrivedAt.minus(java.time.Duration.ofDays(2)));
        Mawb mawb = createMawb(destination, lastFreeDay);
        docsComplete(mawb);
        clock.set(arrivedAt);
        recordArrival(mawb, destination);
        assertThat(platform.workflows().status(mawb.id()).current().code()).isEqualTo("ARRIVED");
        return platform.mawbs().get(mawb.id());
    }

    private void docsComplete(Mawb mawb) {
        attachAll(mawb, "MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST");
        advance(mawb, "PRE_ALERT");
    }

    protected final WorkflowStatus advance(Mawb mawb, String expectedStep) {
        return platform.workflows().advance(new AdvanceWorkflowCommand(mawb.id(), expectedStep));
    }

    private void attachAll(Mawb mawb, String... fileTypes) {
        for (String fileType : fileTypes) {
            attach(mawb, fileType);
        }
    }

    private void attach(Mawb mawb, String fileType) {
        platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()), fileType,
                fileType.toLowerCase() + ".pdf", "application/pdf", 1024, TestData.sha256(fileType),
                "files/" + mawb.id() + "/" + fileType));
    }

    private void recordArrival(Mawb mawb, String airport) {
        record(mawb, "ARR", airport);
    }

    private void record(Mawb mawb, String code, String airport) {
        ZoneId zone = ZoneId.of("UTC");
        platform.events().record(RecordEventCommand.actual(ShipmentRef.of(mawb.id()), code,
                OffsetDateTime.ofInstant(clock.instant().minusSeconds(600), zone), AirportCode.of(airport),
                EventSource.CARRIER));
    }

    private Mawb changeLastFreeDay(Mawb mawb, LocalDate lastFreeDay) {
        Mawb current = platform.mawbs().get(mawb.id());
        var d = current.details();
        return platform.mawbs().update(new UpdateMawbCommand(current.id(), current.version(),
                new dev.tracking.core.domain.mawb.MawbDetails(d.origin(), d.destination(), d.shipper(),
                        d.consignee(), d.notifyParty(), d.pieces(), d.weight(), d.volume(), d.commodity(),
                        d.flights(), lastFreeDay, d.customs(), d.equipment(), d.references())));
    }

    /** When the MAWB's waiting reminders of a kind will fire, soonest first. */
    protected final List<Instant> upcoming(Mawb mawb, ReminderKind kind) {
        return platform.workflows().status(mawb.id()).upcoming().stream()
                .filter(r -> r.kind() == kind)
                .map(Reminder::fireAt)
                .toList();
    }

    /**
     * Fires the MAWB's reminders that are due, as a job engine would, soonest first, until none is due (a fired
     * reminder may schedule the next, which may be due as well); each fired job's key is cancelled afterwards.
     */
    protected final void runDueReminders(Mawb mawb) {
        for (int round = 0; round < 100; round++) {
            List<PlannedJob> due = opened().jobScheduler().pending(Reminder.groupsOf(mawb.id())).stream()
                    .filter(job -> !job.runAt().isAfter(clock.instant()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            for (PlannedJob job : due) {
                platform.reminders().fire(FireReminderCommand.fromPayload(job.payload()));
                opened().jobScheduler().cancel(job.idempotencyKey());
            }
        }
        throw new AssertionError("reminders keep coming due: a policy schedules into the past");
    }
}
