package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.ADMIN_ROLE;
import static dev.tracking.core.usecase.PlatformFixture.DEFAULT_NOW;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.audit.Redaction;
import dev.tracking.core.domain.audit.RequestContext;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.core.port.in.event.RecordEventsResult;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.core.port.in.hawb.ListHawbsCommand;
import dev.tracking.core.port.in.hawb.UpdateHawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.core.port.in.workflow.DefineWorkflowCommand;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.usecase.PlatformFixture.Sample;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryAuditLog;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.measure.Money;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditUseCasesTest {

    private PlatformFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
    }

    // ------------------------------------------------------------------------------------------ what is recorded

    /** Who and what an entry is about, as a test expects it. */
    record Expected(String entity, String recordId, AuditAction action) {

        static Expected of(AuditEntry entry) {
            return new Expected(entry.entity(), entry.recordId(), entry.action());
        }
    }

    /** A write use case: what it needs done first (not under test), and the call, which returns what it leaves. */
    record WriteCase(Consumer<Given> prepare, java.util.function.Function<Given, List<Expected>> call) {
    }

    /** The fixture and its sample data, as a write case gets them. */
    record Given(PlatformFixture fx, Sample s) {

        TrackingPlatform platform() {
            return fx.platform;
        }
    }

    static Stream<Arguments> writeUseCases() {
        return Stream.of(
                write("mawbs().create, starting its workflow", g -> {
                    Mawb created = g.fx().createMawb(7654321);
                    return List.of(expected("MAWB", created.id(), AuditAction.INSERT),
                            expected("MAWB_WORKFLOW", created.id(), AuditAction.INSERT));
                }),
                write("mawbs().update", g -> {
                    g.platform().mawbs().update(new UpdateMawbCommand(g.s().mawb().id(), g.s().mawb().version(),
                            TestData.mawbBuilder(1234567).pieces(20).build().details()));
                    return List.of(expected("MAWB", g.s().mawb().id(), AuditAction.UPDATE));
                }),
                write("hawbs().create", g -> List.of(
                        expected("HAWB", g.fx().createHawb(g.s().mawb(), "HAM0043").id(), AuditAction.INSERT))),
                write("hawbs().update", g -> {
                    g.platform().hawbs().update(new UpdateHawbCommand(g.s().hawb().id(), g.s().hawb().version(),
                            TestData.hawbBuilder(g.s().mawb(), "HAM0042").description("Pump housings").build()
                                    .details()));
                    return List.of(expected("HAWB", g.s().hawb().id(), AuditAction.UPDATE));
                }),
                write("events().record, moving the MAWB's status", g -> {
                    EventOutcome outcome = g.platform().events().record(PlatformFixture.actual(
                            ShipmentRef.of(g.s().mawb().id()), "DEP", g.fx().now().minusSeconds(600), "FRA"));
                    return List.of(expected("TRACKING_EVENT", outcome.eventId(), AuditAction.INSERT),
                            expected("MAWB", g.s().mawb().id(), AuditAction.UPDATE));
                }),
                write("events().recordAll, one of three a duplicate", g -> {
                    ShipmentRef master = ShipmentRef.of(g.s().mawb().id());
                    RecordEventsResult result = g.platform().events().recordAll(new RecordEventsCommand(List.of(
                            PlatformFixture.event(master, "ARR", TimeType.PLANNED, TestData.DEFAULT_ETA, "ORD"),
                            PlatformFixture.commandFor(g.s().event()),
                            PlatformFixture.event(master, "ARR", TimeType.ESTIMATED,
                                    TestData.DEFAULT_ETA.plusMinutes(40), "ORD"))));
                    return List.of(expected("TRACKING_EVENT", result.outcomes().get(0).eventId(), AuditAction.INSERT),
                            expected("TRACKING_EVENT", result.outcomes().get(2).eventId(), AuditAction.INSERT));
                }),
                write("attachments().add", g -> List.of(expected("ATTACHMENT", g.platform().attachments()
                        .add(new AddAttachmentCommand(ShipmentRef.of(g.s().hawb().id()), "COMMERCIAL_INVOICE",
                                "delivery-note.pdf", "application/pdf", 2048, TestData.sha256("note"), "k/2"))
                        .id(), AuditAction.INSERT))),
                write("bills().create", g -> List.of(expected("BILL", g.platform().bills().create(
                        new CreateBillCommand(g.s().mawb().id(), BillType.STORAGE, Money.of("80", "USD"), null)).id(),
                        AuditAction.INSERT))),
                write("bills().markPaid", g -> {
                    g.platform().bills().markPaid(new SettleBillCommand(g.s().bill().id(), 1, "WIRE-2025-0042"));
                    return List.of(expected("BILL", g.s().bill().id(), AuditAction.UPDATE));
                }),
                write("bills().voidBill", g -> {
                    g.platform().bills().voidBill(new SettleBillCommand(g.s().bill().id(), 1, null));
                    return List.of(expected("BILL", g.s().bill().id(), AuditAction.UPDATE));
                }),
                write("carriers().register", g -> List.of(new Expected("CARRIER",
                        g.fx().registerCarrier("EK", "176", "Emirates SkyCargo").designator(), AuditAction.INSERT))),
                write("carriers().update", g -> {
                    Carrier lh = g.s().carrier();
                    g.platform().carriers().update(new UpdateCarrierCommand("LH", lh.version(), "Lufthansa Cargo AG",
                            lh.trackingEndpoint(), true));
                    return List.of(new Expected("CARRIER", "LH", AuditAction.UPDATE));
                }),
                write("fileTypes().save, registering", g -> List.of(new Expected("FILE_TYPE", g.platform().fileTypes()
                        .save(PlatformFixture.register(TestData.fileType("PACKING_LIST"))).code(),
                        AuditAction.INSERT))),
                write("fileTypes().save, changing", g -> {
                    g.platform().fileTypes().save(new SaveFileTypeCommand("COMMERCIAL_INVOICE", "Commercial invoice",
                            Set.of("pdf"), Set.of("application/pdf"), 1024, 1));
                    return List.of(new Expected("FILE_TYPE", "COMMERCIAL_INVOICE", AuditAction.UPDATE));
                }),
                write("permissions().grant", g -> {
                    g.platform().permissions().grant(new GrantFeatureCommand("clerk", "bills.read"));
                    return List.of(new Expected("ROLE_FEATURE", "clerk/bills.read", AuditAction.INSERT));
                }),
                write("permissions().revoke", g -> {
                    g.platform().permissions().revoke(new GrantFeatureCommand(ADMIN_ROLE, "jobs.cancel"));
                    return List.of(new Expected("ROLE_FEATURE", "admin/jobs.cancel", AuditAction.DELETE));
                }),
                write("permissions().setOverride, a new one", g -> {
                    g.platform().permissions().setOverride(
                            new SetOverrideCommand("ben.okafor", "bills.read", OverrideEffect.GRANT, null));
                    return List.of(new Expected("USER_OVERRIDE", "ben.okafor/bills.read", AuditAction.INSERT));
                }),
                arguments("permissions().setOverride, replacing one", new WriteCase(
                        g -> g.platform().permissions().setOverride(
                                new SetOverrideCommand("ben.okafor", "bills.read", OverrideEffect.GRANT, null)),
                        g -> {
                            g.platform().permissions().setOverride(
                                    new SetOverrideCommand("ben.okafor", "bills.read", OverrideEffect.DENY, null));
                            return List.of(new Expected("USER_OVERRIDE", "ben.okafor/bills.read",
                                    AuditAction.UPDATE));
                        })),
                arguments("permissions().removeOverride", new WriteCase(
                        g -> g.platform().permissions().setOverride(
                                new SetOverrideCommand("ben.okafor", "bills.read", OverrideEffect.GRANT, null)),
                        g -> {
                            g.platform().permissions().removeOverride("ben.okafor", "bills.read");
                            return List.of(new Expected("USER_OVERRIDE", "ben.okafor/bills.read",
                                    AuditAction.DELETE));
                        })),
                arguments("workflows().advance, the move on the MAWB's timeline", new WriteCase(
                        AuditUseCasesTest::completeTheDocumentsOfTheSampleMawb,
                        g -> {
                            ShipmentRef master = ShipmentRef.of(g.s().mawb().id());
                            g.platform().workflows().advance(new AdvanceWorkflowCommand(g.s().mawb().id(),
                                    "PRE_ALERT"));
                            List<TrackingEvent> moves = g.platform().events().timeline(master, false).stream()
                                    .filter(e -> e.code().value().equals(WorkflowEventCodes.STEP_ENTERED))
                                    .toList();
                            assertThat(moves).hasSize(1);
                            return List.of(expected("MAWB_WORKFLOW", g.s().mawb().id(), AuditAction.UPDATE),
                                    expected("TRACKING_EVENT", moves.get(0).id(), AuditAction.INSERT));
                        })),
                write("workflows().define", g -> {
                    g.platform().workflows().define(new DefineWorkflowCommand(DefaultWorkflows.US_AIR_IMPORT,
                            DefaultWorkflows.usAirImport().steps()));
                    return List.of(new Expected("WORKFLOW_DEFINITION", "US_AIR_IMPORT/v2", AuditAction.INSERT));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeUseCases")
    void everyWriteUseCaseLeavesExactlyItsEntriesByTheActorAtItsTime(String useCase, WriteCase writeCase) {
        Given given = new Given(fx, fx.givenOneOfEverything());
        writeCase.prepare().accept(given);
        fx.advance(Duration.ofMinutes(5));
        int before = allEntries().size();

        List<Expected> expected = writeCase.call().apply(given);

        List<AuditEntry> left = allEntries().subList(before, allEntries().size());
        assertThat(left).extracting(Expected::of).containsExactlyElementsOf(expected);
        assertThat(left).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(ACTOR.userId());
            assertThat(entry.at()).isEqualTo(fx.now());
            assertThat(entry.changes()).isNotEmpty().doesNotContainKey("version");
        });
    }

    static Stream<Arguments> readUseCases() {
        return Stream.of(
                read("mawbs().get", g -> g.platform().mawbs().get(g.s().mawb().id())),
                read("mawbs().getByNumber", g -> g.platform().mawbs().getByNumber(g.s().mawb().number())),
                read("mawbs().list", g -> g.platform().mawbs().list(ListMawbsCommand.firstPage(MawbCriteria.any()))),
                read("hawbs().get", g -> g.platform().hawbs().get(g.s().hawb().id())),
                read("hawbs().list", g -> g.platform().hawbs().list(new ListHawbsCommand(null, null, null))),
                read("events().timeline", g -> g.platform().events().timeline(ShipmentRef.of(g.s().mawb().id()),
                        true)),
                read("attachments().get", g -> g.platform().attachments().get(g.s().attachment().id())),
                read("attachments().listFor", g -> g.platform().attachments().listFor(g.s().attachment().owner())),
                read("bills().get", g -> g.platform().bills().get(g.s().bill().id())),
                read("bills().listForMawb", g -> g.platform().bills().listForMawb(g.s().mawb().id())),
                read("carriers().get", g -> g.platform().carriers().get("LH")),
                read("carriers().list", g -> g.platform().carriers().list()),
                read("fileTypes().get", g -> g.platform().fileTypes().get("COMMERCIAL_INVOICE")),
                read("fileTypes().list", g -> g.platform().fileTypes().list()),
                read("dashboard().statistics", g -> g.platform().dashboard().statistics()),
                read("audit().search", g -> g.platform().audit().search(new SearchAuditCommand(null, null, null))),
                read("audit().exportCsv", g -> g.platform().audit().exportCsv(AuditCriteria.any(), new StringWriter())),
                read("audit().verify", g -> g.platform().audit().verify(null, null)),
                read("permissions().features", g -> g.platform().permissions().features()),
                read("permissions().grants", g -> g.platform().permissions().grants()),
                read("permissions().overridesOf", g -> g.platform().permissions().overridesOf("ben.okafor")),
                read("permissions().effectiveFeatures", g -> g.platform().permissions()
                        .effectiveFeatures("ben.okafor", Set.of(ADMIN_ROLE))),
                read("permissions().myFeatures", g -> g.platform().permissions().myFeatures()),
                read("workflows().status", g -> g.platform().workflows().status(g.s().mawb().id())),
                read("workflows().definition", g -> g.platform().workflows()
                        .definition(DefaultWorkflows.US_AIR_IMPORT, 1)),
                read("workflows().latestDefinition", g -> g.platform().workflows()
                        .latestDefinition(DefaultWorkflows.US_AIR_IMPORT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readUseCases")
    void aReadUseCaseLeavesNoEntry(String useCase, Consumer<Given> call) {
        Given given = new Given(fx, fx.givenOneOfEverything());
        List<AuditEntry> before = allEntries();

        call.accept(given);

        assertThat(allEntries()).containsExactlyElementsOf(before);
    }

    @Test
    void aMawbInsertRecordsEveryFieldAsSetAndNothingBefore() {
        fx.registerLufthansa();
        int before = allEntries().size();

        Mawb created = fx.createMawb(1234567);

        List<AuditEntry> left = allEntries().subList(before, allEntries().size());
        assertThat(left).extracting(Expected::of).containsExactly(
                expected("MAWB", created.id(), AuditAction.INSERT),
                expected("MAWB_WORKFLOW", created.id(), AuditAction.INSERT));
        AuditEntry entry = left.get(0);
        assertThat(entry.changes()).containsEntry("number", new FieldChange(null, "020-12345675"))
                .containsEntry("details.consignee.name", new FieldChange(null, "Midwest Hydraulics Inc."))
                .containsEntry("details.flights[0].flight", new FieldChange(null, "LH430"))
                .containsEntry("status", new FieldChange(null, "CREATED"))
                .doesNotContainKey("version")
                .doesNotContainKey("statusAsOf");
        assertThat(entry.changes().values()).allSatisfy(change -> assertThat(change.before()).isNull());
        AuditEntry workflow = left.get(1);
        assertThat(workflow.changes()).containsEntry("currentStep", new FieldChange(null, "PRE_ALERT"))
                .containsEntry("workflowCode", new FieldChange(null, "US_AIR_IMPORT"))
                .doesNotContainKey("version");
        assertThat(workflow.changes().values()).allSatisfy(change -> assertThat(change.before()).isNull());
        assertThat(workflow.previousHash()).isEqualTo(entry.hash());
    }

    @Test
    void aMawbUpdateRecordsTheChangedFieldsBeforeAndAfterButNotTheVersion() {
        fx.registerLufthansa();
        Mawb created = fx.createMawb(1234567);
        fx.advance(Duration.ofMinutes(5));

        Mawb updated = fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1,
                TestData.mawbBuilder(1234567).consignee("Lakeshore Pumps Ltd.").build().details()));

        AuditEntry entry = newestEntry();
        assertThat(Expected.of(entry)).isEqualTo(expected("MAWB", created.id(), AuditAction.UPDATE));
        assertThat(entry.actor()).isEqualTo(ACTOR.userId());
        assertThat(entry.at()).isEqualTo(fx.now());
        assertThat(entry.changes()).containsOnly(
                Map.entry("details.consignee.name", new FieldChange("Midwest Hydraulics Inc.", "Lakeshore Pumps Ltd.")),
                Map.entry("updatedAt", new FieldChange(created.updatedAt().toString(),
                        updated.updatedAt().toString())));
    }

    @Test
    void aStatusChangeByAnEventIsRecordedWithTheEventInOneUnitOfWork() {
        fx.registerLufthansa();
        Mawb mawb = fx.createMawb(1234567);
        int before = allEntries().size();

        EventOutcome outcome = fx.record(ShipmentRef.of(mawb.id()), "DEP",
                OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), "FRA");

        List<AuditEntry> left = allEntries().subList(before, allEntries().size());
        assertThat(left).extracting(Expected::of).containsExactly(
                expected("TRACKING_EVENT", outcome.eventId(), AuditAction.INSERT),
                expected("MAWB", mawb.id(), AuditAction.UPDATE));
        assertThat(left.get(1).changes()).containsEntry("status", new FieldChange("CREATED", "DEPARTED"))
                .containsEntry("statusAsOf", new FieldChange(null, "2025-03-15T12:17:00Z"));
        assertThat(left.get(1).previousHash()).isEqualTo(left.get(0).hash());
    }

    @Test
    void anUnchangedSaveLeavesNoEntry() {
        fx.registerLufthansa();
        Mawb created = fx.createMawb(1234567);
        int before = allEntries().size();

        fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 1, created.details()));

        assertThat(allEntries()).hasSize(before);
    }

    // ------------------------------------------------------------------------------------- failed units of work

    @Test
    void aUseCaseThatFailsOnAStaleVersionLeavesNoEntryAndNoChange() {
        fx.registerLufthansa();
        Mawb created = fx.createMawb(1234567);
        List<AuditEntry> before = allEntries();

        assertThatThrownBy(() -> fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), 7,
                TestData.mawbBuilder(1234567).pieces(20).build().details())))
                .isInstanceOf(VersionConflictException.class);

        assertThat(allEntries()).containsExactlyElementsOf(before);
        assertThat(fx.platform.mawbs().get(created.id())).isEqualTo(created);
    }

    @Test
    void aUseCaseThatFailsAfterItsWriteLeavesNoEntryAndNoChange() {
        fx.registerLufthansa();
        List<AuditEntry> before = allEntries();
        fx.platform.subscribe(MawbCreated.class, event -> {
            throw new IllegalStateException("subscriber failed");
        });

        assertThatThrownBy(() -> fx.createMawb(1234567)).hasMessage("subscriber failed");

        assertThat(allEntries()).containsExactlyElementsOf(before);
        assertThat(fx.platform.mawbs().list(ListMawbsCommand.firstPage(MawbCriteria.any())).items()).isEmpty();
    }

    @Test
    void aBatchRefusedForOneMissingSubjectLeavesNoEntryForTheOthers() {
        Sample s = fx.givenOneOfEverything();
        List<AuditEntry> before = allEntries();
        ShipmentRef master = ShipmentRef.of(s.mawb().id());
        ShipmentRef missing = ShipmentRef.of(new dev.tracking.core.domain.common.MawbId(java.util.UUID.randomUUID()));

        assertRejected(() -> fx.platform.events().recordAll(new RecordEventsCommand(List.of(
                PlatformFixture.actual(master, "DEP", fx.now().minusSeconds(60), "FRA"),
                PlatformFixture.actual(missing, "DEP", fx.now().minusSeconds(60), "FRA")))), "events[1].subject");

        assertThat(allEntries()).containsExactlyElementsOf(before);
        assertThat(fx.platform.events().timeline(master, false)).containsExactly(s.event());
    }

    @Test
    void whenTheAuditLogCannotAppendTheChangeIsNotStoredEither() {
        PersistencePorts base = InMemoryPersistence.create();
        FailingAppends failing = new FailingAppends(base.auditLog());
        fx = new PlatformFixture(DEFAULT_NOW, base.withAuditLog(failing));
        fx.registerLufthansa();
        failing.fail = true;

        assertThatThrownBy(() -> fx.createMawb(1234567)).hasMessage("the audit log is down");

        failing.fail = false;
        assertThat(fx.platform.mawbs().list(ListMawbsCommand.firstPage(MawbCriteria.any())).items()).isEmpty();
        assertThat(allEntries()).extracting(AuditEntry::entity).containsExactly("CARRIER");
    }

    // ------------------------------------------------------------------------------------------------- redaction

    @Test
    void aCarriersApiKeyIsRedactedOnInsertWhileTheEntryRecordsThatOneWasSet() {
        Carrier lh = fx.registerLufthansa();

        AuditEntry entry = newestEntry();
        assertThat(Expected.of(entry)).isEqualTo(new Expected("CARRIER", "LH", AuditAction.INSERT));
        assertThat(entry.changes()).containsEntry("trackingEndpoint.apiKey",
                new FieldChange(null, FieldChange.REDACTED));
        assertThat(entry.changes()).containsEntry("trackingEndpoint.username", new FieldChange(null, "forwarder-4711"));
        assertThat(exportAll()).doesNotContain(lh.trackingEndpoint().apiKey());
    }

    @Test
    void aCarriersChangedApiKeyIsRecordedAsChangedButNeitherValueIsShown() {
        Carrier lh = fx.registerLufthansa();
        TrackingEndpoint old = lh.trackingEndpoint();

        fx.platform.carriers().update(new UpdateCarrierCommand("LH", lh.version(), lh.name(),
                new TrackingEndpoint(old.url(), old.username(), "rotated-key-2025-Q2"), true));

        AuditEntry entry = newestEntry();
        assertThat(Expected.of(entry)).isEqualTo(new Expected("CARRIER", "LH", AuditAction.UPDATE));
        assertThat(entry.changes()).containsOnlyKeys("trackingEndpoint.apiKey");
        assertThat(entry.changes().get("trackingEndpoint.apiKey"))
                .isEqualTo(new FieldChange(FieldChange.REDACTED, FieldChange.REDACTED))
                .satisfies(change -> assertThat(change.isRedacted()).isTrue());
        String csv = exportAll();
        assertThat(csv).doesNotContain(old.apiKey()).doesNotContain("rotated-key-2025-Q2");
    }

    @Test
    void aCarrierUpdateThatKeepsTheApiKeyDoesNotMentionItAndOneThatDropsItRecordsThatItWent() {
        Carrier lh = fx.registerLufthansa();
        Carrier renamed = fx.platform.carriers().update(new UpdateCarrierCommand("LH", lh.version(),
                "Lufthansa Cargo AG", lh.trackingEndpoint(), true));

        assertThat(newestEntry().changes()).containsOnlyKeys("name");

        fx.platform.carriers().update(new UpdateCarrierCommand("LH", renamed.version(), renamed.name(), null, true));

        assertThat(newestEntry().changes()).containsOnly(
                Map.entry("trackingEndpoint.apiKey", new FieldChange(FieldChange.REDACTED, null)),
                Map.entry("trackingEndpoint.url", new FieldChange(lh.trackingEndpoint().url().toString(), null)),
                Map.entry("trackingEndpoint.username", new FieldChange("forwarder-4711", null)));
    }

    @Test
    void redactionByNameHidesTheFieldWhereverItOccursAndByPathOnlyThatOne() {
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(), b -> b.auditSettings(new AuditSettings(
                EnumSet.allOf(AuditEntity.class), new Redaction(Set.of("Contact"), Set.of("details.shipper.name")))));
        Carrier lh = fx.registerLufthansa();

        Mawb mawb = fx.createMawb(1234567);

        Map<String, FieldChange> changes = newestEntryAbout("MAWB", mawb.id()).changes();
        FieldChange hidden = new FieldChange(null, FieldChange.REDACTED);
        assertThat(changes).containsEntry("details.shipper.contact", hidden)
                .containsEntry("details.consignee.contact", hidden)
                .containsEntry("details.notifyParty.contact", hidden)
                .containsEntry("details.shipper.name", hidden)
                .containsEntry("details.consignee.name", new FieldChange(null, "Midwest Hydraulics Inc."))
                .containsEntry("details.shipper.city", new FieldChange(null, "Lohr am Main"));
        assertThat(exportAll()).doesNotContain("export@boschrexroth.example").doesNotContain("Bosch Rexroth AG")
                .doesNotContain("+1 312 555 0142").doesNotContain(lh.trackingEndpoint().apiKey());
    }

    // -------------------------------------------------------------------------------------------------- settings

    @Test
    void aRecordKindSwitchedOffLeavesNoEntryWhileTheOthersStillDo() {
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(), b -> b.auditSettings(new AuditSettings(
                EnumSet.complementOf(EnumSet.of(AuditEntity.CARRIER)), Redaction.defaults())));

        Carrier lh = fx.registerLufthansa();
        Mawb mawb = fx.createMawb(1234567);
        fx.platform.carriers().update(new UpdateCarrierCommand("LH", lh.version(), "Renamed", null, true));

        assertThat(allEntries()).extracting(Expected::of)
                .containsExactly(expected("MAWB", mawb.id(), AuditAction.INSERT),
                        expected("MAWB_WORKFLOW", mawb.id(), AuditAction.INSERT));
    }

    @Test
    void withNothingAuditedTheLogStaysEmpty() {
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(),
                b -> b.auditSettings(new AuditSettings(Set.of(), Redaction.defaults())));

        fx.givenOneOfEverything();
        fx.platform.permissions().grant(new GrantFeatureCommand("clerk", "bills.read"));

        assertThat(allEntries()).isEmpty();
        assertThat(fx.platform.audit().verify(null, null)).isEqualTo(ChainVerification.intact(0));
    }

    // ------------------------------------------------------------------------------------------- request context

    @Test
    void entriesCarryTheCorrelationIdAndContextTheHostGivesAtTheTime() {
        AtomicReference<RequestContext> context = new AtomicReference<>(RequestContext.empty());
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(),
                b -> b.requestContextProvider(context::get));
        fx.registerLufthansa();
        context.set(new RequestContext("req-7f3a", Map.of("ip", "203.0.113.7", "userAgent", "Mozilla/5.0 (Zoë)")));
        Mawb mawb = fx.createMawb(1234567);
        context.set(new RequestContext("job-nightly-sync", Map.of()));
        fx.record(ShipmentRef.of(mawb.id()), "DEP", OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), "FRA");

        List<AuditEntry> entries = allEntries();
        assertThat(entries).extracting(AuditEntry::entity, AuditEntry::correlationId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CARRIER", null),
                org.assertj.core.groups.Tuple.tuple("MAWB", "req-7f3a"),
                org.assertj.core.groups.Tuple.tuple("MAWB_WORKFLOW", "req-7f3a"),
                org.assertj.core.groups.Tuple.tuple("TRACKING_EVENT", "job-nightly-sync"),
                org.assertj.core.groups.Tuple.tuple("MAWB", "job-nightly-sync"));
        assertThat(entries.get(0).context()).isEmpty();
        assertThat(entries.get(1).context()).containsOnly(Map.entry("ip", "203.0.113.7"),
                Map.entry("userAgent", "Mozilla/5.0 (Zoë)"));
        assertThat(entries.get(2).context()).isEqualTo(entries.get(1).context());
        assertThat(entries.get(3).context()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- search

    @Test
    void searchFindsARecordsHistoryPageByPageInEitherDirection() {
        fx.registerLufthansa();
        Mawb mawb = fx.createMawb(1234567);
        fx.createMawb(7654321);
        for (int pieces = 13; pieces <= 16; pieces++) {
            fx.advance(Duration.ofMinutes(1));
            Mawb current = fx.platform.mawbs().get(mawb.id());
            fx.platform.mawbs().update(new UpdateMawbCommand(mawb.id(), current.version(),
                    TestData.mawbBuilder(1234567).pieces(pieces).build().details()));
        }

        List<Page<AuditEntry>> newestFirst = searchPages(new SearchAuditCommand(
                AuditCriteria.historyOf("MAWB", mawb.id().toString()), SortDirection.DESC, PageRequest.first(2)));
        List<Page<AuditEntry>> oldestFirst = searchPages(new SearchAuditCommand(
                AuditCriteria.historyOf("MAWB", mawb.id().toString()), SortDirection.ASC, PageRequest.first(2)));

        assertThat(newestFirst).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
        List<AuditEntry> history = items(newestFirst);
        assertThat(history).extracting(AuditEntry::recordId).containsOnly(mawb.id().toString());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.UPDATE,
                AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.INSERT);
        assertThat(history).extracting(e -> e.changes().get("details.pieces"))
                .containsExactly(new FieldChange("15", "16"), new FieldChange("14", "15"),
                        new FieldChange("13", "14"), new FieldChange("12", "13"), new FieldChange(null, "12"));
        assertThat(items(oldestFirst)).containsExactlyElementsOf(reversed(history));
    }

    @Test
    void searchFindsAUsersActivity() {
        fx.registerLufthansa();
        fx.actAs("ben.okafor", ADMIN_ROLE);
        Mawb bens = fx.createMawb(1234567);
        fx.platform.bills().create(new CreateBillCommand(bens.id(), BillType.ISC, Money.of("12.50", "EUR"), null));
        fx.actAsDefault();
        fx.createMawb(7654321);

        List<AuditEntry> activity = items(searchPages(SearchAuditCommand.newestFirst(
                AuditCriteria.activityOf("ben.okafor"))));

        assertThat(activity).extracting(AuditEntry::entity).containsExactly("BILL", "MAWB_WORKFLOW", "MAWB");
        assertThat(activity).extracting(AuditEntry::actor).containsOnly("ben.okafor");
        assertThat(items(searchPages(SearchAuditCommand.newestFirst(AuditCriteria.activityOf(ACTOR.userId())))))
                .extracting(AuditEntry::entity).containsExactly("MAWB_WORKFLOW", "MAWB", "CARRIER");
    }

    @Test
    void searchFindsTheEntriesOfATimeWindowFromInclusiveToExclusive() {
        Instant t0 = fx.now();
        fx.registerLufthansa();
        fx.advance(Duration.ofMinutes(1));
        Mawb first = fx.createMawb(1111111);
        fx.advance(Duration.ofMinutes(1));
        Mawb second = fx.createMawb(2222222);
        fx.advance(Duration.ofMinutes(1));
        fx.createMawb(3333333);

        List<AuditEntry> window = items(searchPages(new SearchAuditCommand(
                AuditCriteria.between(t0.plusSeconds(60), t0.plusSeconds(180)), SortDirection.ASC,
                PageRequest.first(1))));

        assertThat(window).extracting(Expected::of).containsExactly(
                expected("MAWB", first.id(), AuditAction.INSERT),
                expected("MAWB_WORKFLOW", first.id(), AuditAction.INSERT),
                expected("MAWB", second.id(), AuditAction.INSERT),
                expected("MAWB_WORKFLOW", second.id(), AuditAction.INSERT));
    }

    @Test
    void searchIsNewestFirstByDefault() {
        fx.givenOneOfEverything();

        Page<AuditEntry> page = fx.platform.audit().search(new SearchAuditCommand(null, null, null));

        assertThat(page.items()).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page.items()).hasSize(allEntries().size());
    }

    @Test
    void searchRefusesACursorThePlatformDidNotIssue() {
        assertRejected(() -> fx.platform.audit().search(new SearchAuditCommand(null, null,
                new PageRequest("not-a-position", 10))), "cursor");
        assertRejected(() -> fx.platform.audit().search(new SearchAuditCommand(null, null,
                new PageRequest("-5", 10))), "cursor");
    }

    // ----------------------------------------------------------------------------------------------------- export

    @Test
    void exportWritesAHeaderAndOneRfc4180RowPerEntryAsFoundWithCrlfLineEnds() {
        AtomicReference<RequestContext> context = new AtomicReference<>(RequestContext.empty());
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(),
                b -> b.requestContextProvider(context::get));
        fx.registerLufthansa();
        context.set(new RequestContext("multi\nline, \"quoted\"", Map.of("ip", "203.0.113.7")));
        Mawb mawb = fx.createMawb(TestData.mawbBuilder(1234567).consignee("Müller, \"Tokyo\"\r\nBranch"));
        StringWriter out = new StringWriter();

        long rows = fx.platform.audit().exportCsv(AuditCriteria.any(), out);

        String csv = out.toString();
        List<List<String>> table = Rfc4180.parse(csv);
        List<AuditEntry> entries = allEntries();
        assertThat(rows).isEqualTo(3);
        assertThat(csv).startsWith("seq,at,entity,record_id,action,actor,changes,correlation_id,context,"
                + "previous_hash,hash\r\n").endsWith("\r\n");
        assertThat(table).hasSize(4);
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            List<String> row = table.get(i + 1);
            assertThat(row).as("row %d", i + 1).startsWith(Long.toString(e.seq()), e.at().toString(), e.entity(),
                    e.recordId(), e.action().name(), e.actor());
            assertThat(row.subList(9, 11)).containsExactly(e.previousHash(), e.hash());
        }
        List<String> mawbRow = table.get(2);
        assertThat(mawbRow.get(2)).isEqualTo("MAWB");
        assertThat(mawbRow.get(3)).isEqualTo(mawb.id().toString());
        assertThat(mawbRow.get(6)).startsWith("{").endsWith("}")
                .contains("\"details.consignee.name\":{\"before\":null,\"after\":\"Müller, \\\"Tokyo\\\"\\r\\nBranch\"}")
                .contains("\"details.pieces\":{\"before\":null,\"after\":\"12\"}");
        assertThat(mawbRow.get(7)).isEqualTo("multi\nline, \"quoted\"");
        assertThat(mawbRow.get(8)).isEqualTo("{\"ip\":\"203.0.113.7\"}");
        List<String> workflowRow = table.get(3);
        assertThat(workflowRow.subList(2, 4)).containsExactly("MAWB_WORKFLOW", mawb.id().toString());
        assertThat(workflowRow.subList(7, 9)).containsExactly(mawbRow.get(7), mawbRow.get(8));
        assertThat(table.get(1).get(7)).as("no correlation id").isEmpty();
        assertThat(csv).contains(",\"multi\nline, \"\"quoted\"\"\",");
    }

    @Test
    void exportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        AtomicReference<RequestContext> context = new AtomicReference<>(RequestContext.empty());
        fx = new PlatformFixture(DEFAULT_NOW, InMemoryPersistence.create(),
                b -> b.requestContextProvider(context::get));
        fx.registerLufthansa();
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1 312 555 0142", "-2+3",
                "@SUM(A1:A9)");
        for (int i = 0; i < dangerous.size(); i++) {
            fx.actAs(dangerous.get(i), ADMIN_ROLE);
            context.set(new RequestContext(dangerous.get(i), Map.of()));
            fx.createMawb(1111111 * (i + 1));
        }
        StringWriter out = new StringWriter();

        fx.platform.audit().exportCsv(AuditCriteria.any(), out);

        List<List<String>> table = Rfc4180.parse(out.toString());
        assertThat(table).hasSize(2 + dangerous.size() * 2);
        for (int i = 0; i < dangerous.size(); i++) {
            // Each MAWB leaves two rows: its own insert and its workflow's.
            for (List<String> row : table.subList(2 + i * 2, 4 + i * 2)) {
                assertThat(row.get(5)).as("actor").isEqualTo("'" + dangerous.get(i));
                assertThat(row.get(7)).as("correlation id").isEqualTo("'" + dangerous.get(i));
            }
        }
        assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
        assertThat(table.get(1).get(5)).isEqualTo(ACTOR.userId());
    }

    @Test
    void exportWritesOnlyWhatTheCriteriaSelectOldestFirst() {
        fx.registerLufthansa();
        Mawb mawb = fx.createMawb(1234567);
        fx.createMawb(7654321);
        fx.platform.mawbs().update(new UpdateMawbCommand(mawb.id(), 1,
                TestData.mawbBuilder(1234567).pieces(20).build().details()));
        StringWriter out = new StringWriter();

        long rows = fx.platform.audit().exportCsv(AuditCriteria.historyOf("MAWB", mawb.id().toString()), out);

        List<List<String>> table = Rfc4180.parse(out.toString());
        assertThat(rows).isEqualTo(2);
        assertThat(table).hasSize(3);
        assertThat(table.subList(1, 3)).extracting(row -> row.get(3)).containsOnly(mawb.id().toString());
        assertThat(table.subList(1, 3)).extracting(row -> row.get(4)).containsExactly("INSERT", "UPDATE");
    }

    @Test
    void exportStreamsAHundredThousandEntriesFromTheStoreIntoTheWriterOneRowAtATime() {
        PersistencePorts base = InMemoryPersistence.create();
        CountingAuditLog counting = new CountingAuditLog(base.auditLog());
        fx = new PlatformFixture(DEFAULT_NOW, base.withAuditLog(counting));
        fx.registerLufthansa();
        Mawb mawb = fx.createMawb(1234567);
        int total = 100_000;
        // The carrier, the MAWB and its workflow leave three entries; the events the rest.
        recordPlannedEvents(ShipmentRef.of(mawb.id()), total - 3);
        assertThat(fx.platform.audit().search(new SearchAuditCommand(null, SortDirection.DESC, PageRequest.first(1)))
                .items()).singleElement().extracting(AuditEntry::seq).isEqualTo((long) total);
        LineCountingWriter out = new LineCountingWriter();
        counting.startCounting(out::lines);

        long rows = fx.platform.audit().exportCsv(AuditCriteria.any(), out);

        assertThat(rows).isEqualTo(total);
        assertThat(out.lines()).isEqualTo(total + 1);
        assertThat(counting.streamCalls).as("streams").isEqualTo(1);
        assertThat(counting.findCalls).as("page queries").isZero();
        assertThat(counting.handedOver).isEqualTo(total);
        assertThat(counting.rowsNotWrittenWhenTheSinkReturned)
                .as("entries whose row was not in the writer once the sink had taken them").isZero();
    }

    // ----------------------------------------------------------------------------------------------------- verify

    @Test
    void verifyFindsTheChainIntactOverEverythingAndOverATimeRange() {
        Instant t0 = fx.now();
        Sample s = fx.givenOneOfEverything();
        int atT0 = allEntries().size();
        fx.advance(Duration.ofHours(1));
        fx.platform.mawbs().update(new UpdateMawbCommand(s.mawb().id(), s.mawb().version(),
                TestData.mawbBuilder(1234567).pieces(20).build().details()));
        fx.platform.bills().markPaid(new SettleBillCommand(s.bill().id(), 1, "WIRE-1"));
        fx.advance(Duration.ofHours(1));
        fx.createMawb(7654321);
        int total = allEntries().size();

        assertThat(fx.platform.audit().verify(null, null)).isEqualTo(ChainVerification.intact(total));
        assertThat(fx.platform.audit().verify(t0.plusSeconds(3600), t0.plusSeconds(7200)))
                .isEqualTo(ChainVerification.intact(2));
        assertThat(fx.platform.audit().verify(t0.plusSeconds(3600), null))
                .isEqualTo(ChainVerification.intact(total - atT0));
        assertThat(fx.platform.audit().verify(null, t0.plusSeconds(1))).isEqualTo(ChainVerification.intact(atT0));
        assertThat(fx.platform.audit().verify(t0.minusSeconds(86_400), t0)).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void verifyFindsAnEntryWhoseContentWasChangedByItsHash() {
        fx.givenOneOfEverything();
        AuditEntry victim = allEntries().get(3);
        inMemoryLog().tamper(new AuditEntry(victim.seq(), victim.at(), victim.entity(), victim.recordId(),
                victim.action(), "mallory", victim.changes(), victim.correlationId(), victim.context(),
                victim.previousHash(), victim.hash()));

        ChainVerification result = fx.platform.audit().verify(null, null);

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq());
        assertThat(result.reason()).contains("content");
    }

    @Test
    void verifyFindsAReHashedEntryByTheBrokenLinkOfTheEntryAfterIt() {
        fx.givenOneOfEverything();
        AuditEntry victim = allEntries().get(3);
        AuditEntry changed = new AuditEntry(victim.seq(), victim.at(), victim.entity(), victim.recordId(),
                victim.action(), victim.actor(), Map.of("details.pieces", new FieldChange(null, "1")),
                victim.correlationId(), victim.context(), victim.previousHash(), victim.hash());
        AuditEntry reHashed = new AuditEntry(changed.seq(), changed.at(), changed.entity(), changed.recordId(),
                changed.action(), changed.actor(), changed.changes(), changed.correlationId(), changed.context(),
                changed.previousHash(), AuditChain.expectedHash(changed));
        inMemoryLog().tamper(reHashed);

        ChainVerification result = fx.platform.audit().verify(null, null);

        assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq() + 1);
        assertThat(result.reason()).contains("previous hash");
    }

    @Test
    void verifyFindsADeletedEntryAtItsPosition() {
        fx.givenOneOfEverything();
        inMemoryLog().delete(4);

        ChainVerification result = fx.platform.audit().verify(null, null);

        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void verifyToTheEndFindsEntriesDeletedFromTheEndOfTheChain() {
        fx.givenOneOfEverything();
        long last = allEntries().get(allEntries().size() - 1).seq();
        inMemoryLog().delete(last);

        ChainVerification result = fx.platform.audit().verify(null, null);

        assertThat(result.firstBrokenSeq()).isEqualTo(last);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void verifyToTheEndFindsAMissingChainHead() {
        fx.givenOneOfEverything();
        inMemoryLog().deleteHead();

        assertThat(fx.platform.audit().verify(null, null).reason()).contains("chain head is missing");
    }

    @Test
    void verifyFindsADeletedFirstEntry() {
        fx.givenOneOfEverything();
        inMemoryLog().delete(1);

        assertThat(fx.platform.audit().verify(null, null).firstBrokenSeq()).isEqualTo(1L);
    }

    @Test
    void verifyReportsTheFirstOfSeveralBrokenEntries() {
        fx.givenOneOfEverything();
        AuditEntry later = allEntries().get(5);
        inMemoryLog().tamper(new AuditEntry(later.seq(), later.at(), later.entity(), later.recordId(),
                later.action(), "mallory", later.changes(), later.correlationId(), later.context(),
                later.previousHash(), later.hash()));
        inMemoryLog().delete(3);

        assertThat(fx.platform.audit().verify(null, null).firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void verifyOverATimeRangeFindsTamperingInsideItAndNotOutside() {
        Instant t0 = fx.now();
        Sample s = fx.givenOneOfEverything();
        fx.advance(Duration.ofHours(1));
        fx.platform.bills().markPaid(new SettleBillCommand(s.bill().id(), 1, "WIRE-1"));
        fx.advance(Duration.ofHours(1));
        fx.createMawb(7654321);
        AuditEntry paid = allEntries().stream().filter(e -> e.at().equals(t0.plusSeconds(3600))).findFirst()
                .orElseThrow();
        inMemoryLog().tamper(new AuditEntry(paid.seq(), paid.at(), paid.entity(), paid.recordId(), paid.action(),
                "mallory", paid.changes(), paid.correlationId(), paid.context(), paid.previousHash(), paid.hash()));

        assertThat(fx.platform.audit().verify(t0, t0.plusSeconds(7200)).firstBrokenSeq()).isEqualTo(paid.seq());
        assertThat(fx.platform.audit().verify(t0, t0.plusSeconds(3600)).isIntact()).isTrue();
    }

    @Test
    void verifyOverATimeRangeAcceptsTheEntriesOfANodeWhoseClockLagsBehind() {
        // A second node on the same store, its clock ten minutes behind: its entries join the chain in commit order
        // with earlier times, so a time range can hold entries 1, 2, 3, 6 and 7 but not 4 and 5 (each MAWB leaves
        // two: its own insert and its workflow's).
        PlatformFixture.StoppedClock lagging = new PlatformFixture.StoppedClock(fx.now().minusSeconds(600));
        TrackingPlatform otherNode = PlatformFixture.builderOver(fx.ports).clock(lagging)
                .actorProvider(() -> ACTOR).build();
        Instant t0 = fx.now();
        fx.registerLufthansa();
        fx.advance(Duration.ofMinutes(1));
        fx.createMawb(1111111);
        otherNode.mawbs().create(new dev.tracking.core.port.in.mawb.CreateMawbCommand(TestData.awbNumber(2222222),
                TestData.mawbDetails()));
        fx.advance(Duration.ofMinutes(1));
        fx.createMawb(3333333);
        assertThat(allEntries()).extracting(AuditEntry::at)
                .containsExactly(t0, t0.plusSeconds(60), t0.plusSeconds(60), t0.minusSeconds(600),
                        t0.minusSeconds(600), t0.plusSeconds(120), t0.plusSeconds(120));

        ChainVerification window = fx.platform.audit().verify(t0, t0.plusSeconds(600));

        assertThat(window.isIntact()).as("%s at %s", window.reason(), window.firstBrokenSeq()).isTrue();
        assertThat(fx.platform.audit().verify(null, null)).isEqualTo(ChainVerification.intact(7));
    }

    @Test
    void concurrentWritersFromSeveralThreadsProduceAChainThatVerifies() throws Exception {
        fx.registerLufthansa();
        int threads = 4;
        int mawbsPerThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < mawbsPerThread; i++) {
                        Mawb mawb = fx.createMawb(1_000_000 + thread * 1_000 + i);
                        fx.platform.mawbs().update(new UpdateMawbCommand(mawb.id(), 1,
                                TestData.mawbBuilder(1).pieces(20 + i).build().details()));
                        fx.record(ShipmentRef.of(mawb.id()), "DEP",
                                OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), "FRA");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // The carrier, then per MAWB: its insert, its workflow's, its update, the event and the status it moves.
        int total = 1 + threads * mawbsPerThread * 5;
        assertThat(allEntries()).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(fx.platform.audit().verify(null, null)).isEqualTo(ChainVerification.intact(total));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static Arguments write(String useCase, java.util.function.Function<Given, List<Expected>> call) {
        return arguments(useCase, new WriteCase(g -> { }, call));
    }

    private static Arguments read(String useCase, Consumer<Given> call) {
        return arguments(useCase, call);
    }

    /**
     * Registers the MAWB and packing list file types and attaches both to the sample MAWB, which has its commercial
     * invoice already: what the default workflow's second step, DOCS_COMPLETE, requires.
     */
    private static void completeTheDocumentsOfTheSampleMawb(Given g) {
        ShipmentRef master = ShipmentRef.of(g.s().mawb().id());
        for (String fileType : List.of("MAWB", "PACKING_LIST")) {
            g.platform().fileTypes().save(PlatformFixture.register(TestData.fileType(fileType)));
            g.platform().attachments().add(new AddAttachmentCommand(master, fileType,
                    fileType.toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf", 2048,
                    TestData.sha256(fileType), "k/" + fileType));
        }
    }

    private static Expected expected(String entity, Object id, AuditAction action) {
        return new Expected(entity, id.toString(), action);
    }

    /** Every entry, oldest first, read through the use case in pages of 200. */
    private List<AuditEntry> allEntries() {
        return items(searchPages(new SearchAuditCommand(AuditCriteria.any(), SortDirection.ASC,
                PageRequest.first(PageRequest.MAX_LIMIT))));
    }

    /** The newest entry about one record. */
    private AuditEntry newestEntryAbout(String entity, Object recordId) {
        return fx.platform.audit().search(new SearchAuditCommand(AuditCriteria.historyOf(entity, recordId.toString()),
                SortDirection.DESC, PageRequest.first(1))).items().get(0);
    }

    private AuditEntry newestEntry() {
        return fx.platform.audit().search(new SearchAuditCommand(null, SortDirection.DESC, PageRequest.first(1)))
                .items().get(0);
    }

    /** Every page of a search, following the cursors. */
    private List<Page<AuditEntry>> searchPages(SearchAuditCommand first) {
        List<Page<AuditEntry>> pages = new ArrayList<>();
        SearchAuditCommand command = first;
        for (int i = 0; i < 10_000; i++) {
            Page<AuditEntry> page = fx.platform.audit().search(command);
            pages.add(page);
            if (!page.hasNext()) {
                return pages;
            }
            command = command.withPage(command.page().next(page.nextCursor()));
        }
        throw new AssertionError("the cursor never reaches the end");
    }

    private static List<AuditEntry> items(List<Page<AuditEntry>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private String exportAll() {
        StringWriter out = new StringWriter();
        fx.platform.audit().exportCsv(AuditCriteria.any(), out);
        return out.toString();
    }

    private InMemoryAuditLog inMemoryLog() {
        return (InMemoryAuditLog) fx.ports.auditLog();
    }

    /** Records {@code count} PLANNED arrivals (which move no status) in batches of the largest size allowed. */
    private void recordPlannedEvents(ShipmentRef subject, int count) {
        OffsetDateTime first = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<RecordEventCommand> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(PlatformFixture.event(subject, "ARR", TimeType.PLANNED, first.plusMinutes(i), "ORD"));
            if (batch.size() == RecordEventsCommand.MAX_EVENTS || i == count - 1) {
                fx.platform.events().recordAll(new RecordEventsCommand(batch));
                batch = new ArrayList<>();
            }
        }
    }

    /** An audit log that fails to append while {@link #fail} is set. */
    private static final class FailingAppends extends ForwardingAuditLog {

        volatile boolean fail;

        FailingAppends(AuditLog delegate) {
            super(delegate);
        }

        @Override
        public void append(List<AuditEntry> entries) {
            if (fail) {
                throw new IllegalStateException("the audit log is down");
            }
            super.append(entries);
        }
    }

    /**
     * Counts how the store is read once {@link #startCounting} was called, and checks, each time the sink returns from
     * an entry, that the writer holds the header and a row for every entry handed over so far.
     */
    private static final class CountingAuditLog extends ForwardingAuditLog {

        private LongSupplier linesWritten;
        long streamCalls;
        long findCalls;
        long handedOver;
        long rowsNotWrittenWhenTheSinkReturned;

        CountingAuditLog(AuditLog delegate) {
            super(delegate);
        }

        void startCounting(LongSupplier lines) {
            this.linesWritten = lines;
            streamCalls = 0;
            findCalls = 0;
        }

        @Override
        public List<AuditEntry> find(AuditCriteria criteria, SortDirection direction, Long afterSeq, int limit) {
            findCalls++;
            return super.find(criteria, direction, afterSeq, limit);
        }

        @Override
        public void stream(AuditCriteria criteria, Consumer<AuditEntry> sink) {
            streamCalls++;
            super.stream(criteria, entry -> {
                sink.accept(entry);
                if (linesWritten != null) {
                    handedOver++;
                    if (linesWritten.getAsLong() != handedOver + 1) {
                        rowsNotWrittenWhenTheSinkReturned++;
                    }
                }
            });
        }
    }

    /** Passes every call on. */
    private static class ForwardingAuditLog implements AuditLog {

        private final AuditLog delegate;

        ForwardingAuditLog(AuditLog delegate) {
            this.delegate = delegate;
        }

        @Override
        public ChainHead lockHead() {
            return delegate.lockHead();
        }

        @Override
        public Optional<ChainHead> head() {
            return delegate.head();
        }

        @Override
        public void append(List<AuditEntry> entries) {
            delegate.append(entries);
        }

        @Override
        public List<AuditEntry> find(AuditCriteria criteria, SortDirection direction, Long afterSeq, int limit) {
            return delegate.find(criteria, direction, afterSeq, limit);
        }

        @Override
        public void stream(AuditCriteria criteria, Consumer<AuditEntry> sink) {
            delegate.stream(criteria, sink);
        }

        @Override
        public Optional<AuditEntry> findBySeq(long seq) {
            return delegate.findBySeq(seq);
        }
    }

    /** A writer that counts CRLF line ends and keeps nothing of what it is given. */
    private static final class LineCountingWriter extends Writer {

        private long lines;
        private boolean afterCr;

        long lines() {
            return lines;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    lines++;
                }
                afterCr = c == '\r';
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = text.charAt(i);
                if (c == '\n' && afterCr) {
                    lines++;
                }
                afterCr = c == '\r';
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A strict RFC 4180 reader: every record ends in CRLF; a field with a comma, quote, CR or LF is quoted. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            boolean fieldStart = true;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                        i++;
                        char next = i < text.length() ? text.charAt(i) : '\r';
                        if (next != ',' && next != '\r') {
                            throw new AssertionError("text after a closing quote at " + i);
                        }
                        continue;
                    }
                    field.append(c);
                    i++;
                    continue;
                }
                if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                    i++;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (c == '\r') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("a CR without LF outside quotes at " + i);
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    fieldStart = true;
                    i += 2;
                } else if (c == '\n' || c == '"') {
                    throw new AssertionError("a bare " + (c == '\n' ? "LF" : "quote") + " outside quotes at " + i);
                } else {
                    field.append(c);
                    fieldStart = false;
                    i++;
                }
            }
            if (quoted || !record.isEmpty() || field.length() > 0) {
                throw new AssertionError("the last record does not end in CRLF");
            }
            return records;
        }
    }
}
