package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ADMIN_ROLE;
import static dev.tracking.core.usecase.PlatformFixture.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.domain.reminder.Reminder;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.port.in.job.ListJobsCommand;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.core.port.in.hawb.ListHawbsCommand;
import dev.tracking.core.port.in.hawb.UpdateHawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.in.workflow.DefineWorkflowCommand;
import dev.tracking.core.usecase.PlatformFixture.Sample;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every use case of every {@code platform.x()} checks its feature before it reads or writes anything: an actor who
 * has every feature but that one is refused with a {@link dev.tracking.core.domain.common.PermissionDeniedException}
 * naming it, and the store is left exactly as it was; an actor who has that feature alone is let through.
 */
class PermissionEnforcementTest {

    private static final String LIMITED = "limited.user";
    private static final String BEN = "ben.okafor";

    /** The fixture and its sample data, as a call gets them. */
    record Given(PlatformFixture fx, Sample s) {

        TrackingPlatform platform() {
            return fx.platform;
        }

        /** The id of a job in the status, straight from the store. */
        UUID job(JobStatus status) {
            return fx.ports.jobStore().list(new JobCriteria(Set.of(status), null, null, null), null, 1).get(0).id();
        }
    }

    /** Every use case method, the feature it needs, and a call with arguments it would accept. */
    static Stream<Arguments> useCases() {
        return Stream.of(
                call("mawbs().create", Feature.MAWB_WRITE, g -> g.fx().createMawb(7654321)),
                call("mawbs().update", Feature.MAWB_WRITE, g -> g.platform().mawbs().update(new UpdateMawbCommand(
                        g.s().mawb().id(), g.s().mawb().version(),
                        TestData.mawbBuilder(1234567).pieces(20).build().details()))),
                call("mawbs().get", Feature.MAWB_READ, g -> g.platform().mawbs().get(g.s().mawb().id())),
                call("mawbs().getByNumber", Feature.MAWB_READ,
                        g -> g.platform().mawbs().getByNumber(g.s().mawb().number())),
                call("mawbs().list", Feature.MAWB_READ,
                        g -> g.platform().mawbs().list(ListMawbsCommand.firstPage(MawbCriteria.any()))),
                call("hawbs().create", Feature.HAWB_WRITE, g -> g.fx().createHawb(g.s().mawb(), "HAM0043")),
                call("hawbs().update", Feature.HAWB_WRITE, g -> g.platform().hawbs().update(new UpdateHawbCommand(
                        g.s().hawb().id(), g.s().hawb().version(), TestData.hawbBuilder(g.s().mawb(), "HAM0042")
                                .description("Pump housings").build().details()))),
                call("hawbs().get", Feature.HAWB_READ, g -> g.platform().hawbs().get(g.s().hawb().id())),
                call("hawbs().list", Feature.HAWB_READ,
                        g -> g.platform().hawbs().list(new ListHawbsCommand(null, null, null))),
                call("events().record", Feature.EVENTS_WRITE, g -> g.platform().events().record(PlatformFixture.actual(
                        ShipmentRef.of(g.s().mawb().id()), "DEP", g.fx().now().minusSeconds(600), "FRA"))),
                call("events().recordAll", Feature.EVENTS_WRITE, g -> g.platform().events().recordAll(
                        new RecordEventsCommand(List.of(PlatformFixture.event(ShipmentRef.of(g.s().hawb().id()),
                                "ARR", TimeType.PLANNED, TestData.DEFAULT_ETA, "ORD"))))),
                call("events().timeline", Feature.EVENTS_READ,
                        g -> g.platform().events().timeline(ShipmentRef.of(g.s().mawb().id()), true)),
                call("attachments().add", Feature.ATTACHMENTS_WRITE, g -> g.platform().attachments().add(
                        new AddAttachmentCommand(ShipmentRef.of(g.s().hawb().id()), "COMMERCIAL_INVOICE",
                                "delivery-note.pdf", "application/pdf", 2048, TestData.sha256("note"), "k/2"))),
                call("attachments().get", Feature.ATTACHMENTS_READ,
                        g -> g.platform().attachments().get(g.s().attachment().id())),
                call("attachments().listFor", Feature.ATTACHMENTS_READ,
                        g -> g.platform().attachments().listFor(g.s().attachment().owner())),
                call("bills().create", Feature.BILLS_WRITE, g -> g.platform().bills().create(new CreateBillCommand(
                        g.s().mawb().id(), BillType.STORAGE, Money.of("80", "USD"), null))),
                call("bills().markPaid", Feature.BILLS_WRITE, g -> g.platform().bills().markPaid(
                        new SettleBillCommand(g.s().bill().id(), g.s().bill().version(), "WIRE-2025-0042"))),
                call("bills().voidBill", Feature.BILLS_WRITE, g -> g.platform().bills().voidBill(
                        new SettleBillCommand(g.s().bill().id(), g.s().bill().version(), null))),
                call("bills().get", Feature.BILLS_READ, g -> g.platform().bills().get(g.s().bill().id())),
                call("bills().listOpen", Feature.BILLS_READ, g -> g.platform().bills().listOpen(BillType.ISC)),
                call("bills().listForMawb", Feature.BILLS_READ,
                        g -> g.platform().bills().listForMawb(g.s().mawb().id())),
                call("carriers().register", Feature.CARRIERS_WRITE,
                        g -> g.fx().registerCarrier("EK", "176", "Emirates SkyCargo")),
                call("carriers().update", Feature.CARRIERS_WRITE, g -> g.platform().carriers().update(
                        new UpdateCarrierCommand("LH", g.s().carrier().version(), "Lufthansa Cargo AG",
                                g.s().carrier().trackingEndpoint(), true))),
                call("carriers().get", Feature.MAWB_READ, g -> g.platform().carriers().get("LH")),
                call("carriers().list", Feature.MAWB_READ, g -> g.platform().carriers().list()),
                call("fileTypes().save", Feature.FILETYPES_WRITE, g -> g.platform().fileTypes()
                        .save(PlatformFixture.register(TestData.fileType("DELIVERY_ORDER")))),
                call("fileTypes().get", Feature.ATTACHMENTS_READ,
                        g -> g.platform().fileTypes().get("COMMERCIAL_INVOICE")),
                call("fileTypes().list", Feature.ATTACHMENTS_READ, g -> g.platform().fileTypes().list()),
                call("dashboard().statistics", Feature.DASHBOARD_READ, g -> g.platform().dashboard().statistics()),
                call("audit().search", Feature.AUDIT_READ,
                        g -> g.platform().audit().search(new SearchAuditCommand(null, null, null))),
                call("audit().exportCsv", Feature.AUDIT_EXPORT,
                        g -> g.platform().audit().exportCsv(AuditCriteria.any(), new StringWriter())),
                call("audit().verify", Feature.AUDIT_VERIFY, g -> g.platform().audit().verify(null, null)),
                call("permissions().features", Feature.ADMIN_PERMISSIONS, g -> g.platform().permissions().features()),
                call("permissions().grants", Feature.ADMIN_PERMISSIONS, g -> g.platform().permissions().grants()),
                call("permissions().grant", Feature.ADMIN_PERMISSIONS,
                        g -> g.platform().permissions().grant(new GrantFeatureCommand("clerk", "bills.read"))),
                call("permissions().revoke", Feature.ADMIN_PERMISSIONS,
                        g -> g.platform().permissions().revoke(new GrantFeatureCommand(ADMIN_ROLE, "jobs.cancel"))),
                call("permissions().setOverride", Feature.ADMIN_PERMISSIONS, g -> g.platform().permissions()
                        .setOverride(new SetOverrideCommand("carla.diaz", "mawb.read", OverrideEffect.GRANT, null))),
                call("permissions().removeOverride", Feature.ADMIN_PERMISSIONS,
                        g -> g.platform().permissions().removeOverride(BEN, "bills.read")),
                call("permissions().overridesOf", Feature.ADMIN_PERMISSIONS,
                        g -> g.platform().permissions().overridesOf(BEN)),
                call("permissions().effectiveFeatures", Feature.ADMIN_PERMISSIONS,
                        g -> g.platform().permissions().effectiveFeatures(BEN, Set.of("clerk"))),
                call("workflows().status", Feature.WORKFLOW_READ,
                        g -> g.platform().workflows().status(g.s().mawb().id())),
                // The feature the next step names: workflow.advance for every step of the default workflow.
                call("workflows().advance", Feature.WORKFLOW_ADVANCE, g -> g.platform().workflows().advance(
                        new AdvanceWorkflowCommand(g.s().mawb().id(), "PRE_ALERT"))),
                call("workflows().define", Feature.WORKFLOW_ADMIN, g -> g.platform().workflows().define(
                        new DefineWorkflowCommand(DefaultWorkflows.US_AIR_IMPORT,
                                DefaultWorkflows.usAirImport().steps()))),
                call("workflows().definition", Feature.WORKFLOW_READ,
                        g -> g.platform().workflows().definition(DefaultWorkflows.US_AIR_IMPORT, 1)),
                call("workflows().latestDefinition", Feature.WORKFLOW_READ,
                        g -> g.platform().workflows().latestDefinition(DefaultWorkflows.US_AIR_IMPORT)),
                call("reminders().fire", Feature.WORKFLOW_ADVANCE, g -> g.platform().reminders().fire(
                        new FireReminderCommand(ReminderKind.PRE_ALERT, g.s().mawb().id(), g.fx().now()))),
                call("jobs().list", Feature.JOBS_READ,
                        g -> g.platform().jobs().list(ListJobsCommand.firstPage(JobCriteria.any()))),
                call("jobs().get", Feature.JOBS_READ, g -> g.platform().jobs().get(g.job(JobStatus.PENDING))),
                call("jobs().statistics", Feature.JOBS_READ, g -> g.platform().jobs().statistics()),
                call("jobs().retry", Feature.JOBS_RETRY, g -> g.platform().jobs().retry(g.job(JobStatus.CANCELLED))),
                call("jobs().cancel", Feature.JOBS_CANCEL, g -> g.platform().jobs().cancel(g.job(JobStatus.PENDING))),
                call("jobs().pause", Feature.JOBS_CANCEL, g -> g.platform().jobs().pause("report")),
                call("jobs().resume", Feature.JOBS_RETRY, g -> g.platform().jobs().resume("cleanup")),
                call("jobs().pausedTypes", Feature.JOBS_READ, g -> g.platform().jobs().pausedTypes()));
    }

    /** The use case methods that need no feature. */
    private static final Set<String> OPEN_TO_EVERYONE = Set.of("permissions().myFeatures");

    @ParameterizedTest(name = "{0} needs {1}")
    @MethodSource("useCases")
    void aUseCaseIsRefusedWithoutItsFeatureNamingItAndWritesNothing(String method, Feature feature,
            Consumer<Given> call) {
        Given given = given();
        given.fx().actAsUserWithout(LIMITED, feature);
        Snapshot before = Snapshot.of(given.fx().ports);

        assertDenied(() -> call.accept(given), feature, LIMITED);

        assertThat(Snapshot.of(given.fx().ports)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} with {1} alone")
    @MethodSource("useCases")
    void aUseCaseIsLetThroughWithItsFeatureAlone(String method, Feature feature, Consumer<Given> call) {
        Given given = given();
        given.fx().actAsUserWith("single.feature", feature);

        assertThatCode(() -> call.accept(given)).doesNotThrowAnyException();
    }

    @Test
    void aUserWithoutAnyRoleIsRefusedEveryUseCaseButMyFeatures() {
        Given given = given();
        given.fx().actAs("nobody");
        Snapshot before = Snapshot.of(given.fx().ports);

        useCases().forEach(arguments -> {
            Object[] args = arguments.get();
            @SuppressWarnings("unchecked")
            Consumer<Given> call = (Consumer<Given>) args[2];
            assertDenied(() -> call.accept(given), (Feature) args[1], "nobody");
        });

        assertThat(given.platform().permissions().myFeatures()).isEmpty();
        assertThat(Snapshot.of(given.fx().ports)).isEqualTo(before);
    }

    @Test
    void theTableNamesEveryUseCaseMethodOfThePlatform() {
        Set<String> platformMethods = new TreeSet<>();
        for (Method accessor : TrackingPlatform.class.getMethods()) {
            Class<?> useCases = accessor.getReturnType();
            if (accessor.getParameterCount() == 0 && useCases.isInterface()
                    && useCases.getPackageName().startsWith("dev.tracking.core.port.in")) {
                for (Method method : useCases.getMethods()) {
                    if (!Modifier.isStatic(method.getModifiers())) {
                        platformMethods.add(accessor.getName() + "()." + method.getName());
                    }
                }
            }
        }
        Set<String> tabled = new TreeSet<>(OPEN_TO_EVERYONE);
        useCases().forEach(arguments -> tabled.add((String) arguments.get()[0]));

        assertThat(tabled).isEqualTo(platformMethods);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static Arguments call(String method, Feature feature, Consumer<Given> call) {
        return arguments(method, feature, call);
    }

    /**
     * A fresh fixture with one record of every kind, an override for {@link #BEN} to remove, and the documents the
     * default workflow's second step needs attached to the sample MAWB (which has its commercial invoice already), so
     * that it can advance from its first step, PRE_ALERT.
     */
    private static Given given() {
        PlatformFixture fx = new PlatformFixture();
        Sample sample = fx.givenOneOfEverything();
        fx.platform.permissions().setOverride(new SetOverrideCommand(BEN, "bills.read", OverrideEffect.GRANT, null));
        ShipmentRef master = ShipmentRef.of(sample.mawb().id());
        for (String fileType : List.of("MAWB", "PACKING_LIST")) {
            fx.platform.fileTypes().save(PlatformFixture.register(TestData.fileType(fileType)));
            fx.platform.attachments().add(new AddAttachmentCommand(master, fileType,
                    fileType.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", 2048, TestData.sha256(fileType),
                    "k/" + fileType));
        }
        UUID cancelled = UUID.randomUUID();
        fx.ports.jobStore().schedule(new JobRequest(cancelled, "report", Map.of(), fx.now(), null, 3, fx.now()));
        fx.ports.jobStore().cancel(cancelled, fx.now());
        fx.ports.jobStore().pause("cleanup", fx.now());
        return new Given(fx, sample);
    }

    /** Everything the store holds, read straight through the ports (no use case, no permission check). */
    record Snapshot(List<Carrier> carriers, List<FileType> fileTypes, List<Mawb> mawbs, List<Hawb> hawbs,
            List<TrackingEvent> events, List<Attachment> attachments, List<Bill> bills, List<String> features,
            List<RoleGrant> grants, List<UserOverride> overrides, List<Optional<MawbWorkflow>> workflows,
            List<WorkflowTransition> transitions, List<PlannedJob> reminders,
            Optional<WorkflowDefinition> latestDefinition, List<Job> jobs, Set<String> pausedTypes,
            List<AuditEntry> audit) {

        static Snapshot of(PersistencePorts ports) {
            List<Mawb> mawbs = ports.mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 1_000);
            List<Hawb> hawbs = ports.hawbs().list(HawbCriteria.any(), HawbSort.NEWEST_FIRST, null, 1_000);
            List<ShipmentRef> shipments = new ArrayList<>();
            mawbs.forEach(m -> shipments.add(ShipmentRef.of(m.id())));
            hawbs.forEach(h -> shipments.add(ShipmentRef.of(h.id())));
            List<Attachment> attachments = shipments.stream().flatMap(s -> ports.attachments().findByOwner(s).stream())
                    .toList();
            List<Bill> bills = mawbs.stream().flatMap(m -> ports.bills().findByMawb(m.id()).stream()).toList();
            List<UserOverride> overrides = Stream.of(BEN, LIMITED, "carla.diaz", "single.feature", "nobody")
                    .flatMap(user -> ports.permissions().overridesOf(user).stream()).toList();
            List<Optional<MawbWorkflow>> workflows = mawbs.stream().map(m -> ports.mawbWorkflows().findByMawb(m.id()))
                    .toList();
            List<WorkflowTransition> transitions = mawbs.stream()
                    .flatMap(m -> ports.mawbWorkflows().findTransitions(m.id()).stream()).toList();
            List<PlannedJob> reminders = mawbs.stream()
                    .flatMap(m -> ports.jobScheduler().pending(Reminder.groupsOf(m.id())).stream()).toList();
            return new Snapshot(ports.carriers().findAll(), ports.fileTypes().findAll(), mawbs, hawbs,
                    ports.events().findBySubjects(shipments), attachments, bills, ports.permissions().features(),
                    ports.permissions().grants(), overrides, workflows, transitions, reminders,
                    ports.workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT),
                    ports.jobStore().list(JobCriteria.any(), null, 10_000), ports.jobStore().pausedTypes(),
                    ports.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 100_000));
        }
    }
}
