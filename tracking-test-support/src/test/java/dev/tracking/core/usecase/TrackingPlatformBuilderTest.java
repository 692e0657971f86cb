package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.builderOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.PlatformConfigurationException;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.TrackingException;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.domain.workflow.WorkflowStepEntered;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TrackingPlatformBuilderTest {

    private static final Actor ANNA = Actor.user("anna.schmidt", "ops");

    @Test
    void buildWithNothingNamesEveryMissingPort() {
        PlatformConfigurationException missing = catchThrowableOfType(PlatformConfigurationException.class,
                () -> TrackingPlatform.builder().build());

        assertThat(missing).isInstanceOf(TrackingException.class);
        assertThat(missing.missingPorts()).containsExactly(
                "carriers (CarrierRepository)",
                "fileTypes (FileTypeRepository)",
                "mawbs (MawbRepository)",
                "hawbs (HawbRepository)",
                "events (TrackingEventRepository)",
                "attachments (AttachmentRepository)",
                "bills (BillRepository)",
                "permissions (PermissionRepository)",
                "workflowDefinitions (WorkflowDefinitionRepository)",
                "mawbWorkflows (MawbWorkflowRepository)",
                "jobStore (JobStore)",
                "auditLog (AuditLog)",
                "transactions (TransactionRunner)",
                "actorProvider (ActorProvider)");
        assertThat(missing.getMessage()).contains(missing.missingPorts());
    }

    @Test
    void buildNamesOnlyThePortsThatAreMissing() {
        PersistencePorts ports = InMemoryPersistence.create();

        PlatformConfigurationException missing = catchThrowableOfType(PlatformConfigurationException.class,
                () -> TrackingPlatform.builder().carriers(ports.carriers()).mawbs(ports.mawbs())
                        .transactions(ports.transactions()).actorProvider(() -> ANNA).build());

        assertThat(missing.missingPorts()).containsExactly(
                "fileTypes (FileTypeRepository)",
                "hawbs (HawbRepository)",
                "events (TrackingEventRepository)",
                "attachments (AttachmentRepository)",
                "bills (BillRepository)",
                "permissions (PermissionRepository)",
                "workflowDefinitions (WorkflowDefinitionRepository)",
                "mawbWorkflows (MawbWorkflowRepository)",
                "jobStore (JobStore)",
                "auditLog (AuditLog)");
    }

    @Test
    void buildNamesAnOptionalPortThatWasTakenAwayWithNull() {
        PlatformConfigurationException missing = catchThrowableOfType(PlatformConfigurationException.class,
                () -> builderOver(InMemoryPersistence.create()).actorProvider(() -> ANNA)
                        .clock(null).airportTimeZones(null).domainEventPublisher(null).build());

        assertThat(missing.missingPorts()).containsExactly("clock (Clock)", "airportTimeZones (AirportTimeZones)",
                "domainEventPublisher (DomainEventPublisher)");
    }

    @Test
    void buildNamesAnAuditOrPermissionSettingThatWasTakenAwayWithNull() {
        PlatformConfigurationException missing = catchThrowableOfType(PlatformConfigurationException.class,
                () -> builderOver(InMemoryPersistence.create()).actorProvider(() -> ANNA)
                        .requestContextProvider(null).auditSettings(null).permissionCacheTtl(null).build());

        assertThat(missing.missingPorts()).containsExactly("requestContextProvider (RequestContextProvider)",
                "auditSettings (AuditSettings)", "permissionCacheTtl (Duration)");
    }

    @Test
    void buildNamesAWorkflowSettingThatWasTakenAwayWithNull() {
        PlatformConfigurationException missing = catchThrowableOfType(PlatformConfigurationException.class,
                () -> builderOver(InMemoryPersistence.create()).actorProvider(() -> ANNA)
                        .notifier(null).businessCalendar(null).reminderPolicies(null).workflowCode(null)
                        .workflowDefinitionCacheTtl(null).build());

        assertThat(missing.missingPorts()).containsExactly("notifier (Notifier)",
                "businessCalendar (BusinessCalendar)", "reminderPolicies (ReminderPolicies)",
                "workflowCode (String)", "workflowDefinitionCacheTtl (Duration)");
    }

    @Test
    void theDefaultsGiveAWorkingPlatformWithTimeOrderedIdsAndAnInProcessEventBus() {
        TrackingPlatform platform = builderOver(portsWhereOpsMayDoEverything()).actorProvider(() -> ANNA).build();
        List<DomainEvent> published = new ArrayList<>();
        platform.subscribe(DomainEvent.class, published::add);
        registerLufthansa(platform);

        Mawb created = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1234567),
                TestData.mawbDetails()));

        assertThat(created.id().value().version()).isEqualTo(7);
        assertThat(created.createdAt()).isNotNull();
        assertThat(platform.mawbs().get(created.id())).isEqualTo(created);
        assertThat(published).extracting(event -> (Object) event.getClass())
                .containsExactly(MawbCreated.class, WorkflowStepEntered.class);
        assertThat(platform.dashboard().statistics().countsByStatus()).hasSize(10);
        assertThat(AirportTimeZones.builtIn().find(AirportCode.of("ORD"))).contains(ZoneId.of("America/Chicago"));
    }

    @Test
    void persistenceHandsEveryPortOfOneAdapterToTheBuilderAtOnce() {
        PersistencePorts ports = portsWhereOpsMayDoEverything();
        TrackingPersistence adapter = new TrackingPersistence() {
            public CarrierRepository carriers() { return ports.carriers(); }
            public FileTypeRepository fileTypes() { return ports.fileTypes(); }
            public MawbRepository mawbs() { return ports.mawbs(); }
            public HawbRepository hawbs() { return ports.hawbs(); }
            public TrackingEventRepository events() { return ports.events(); }
            public AttachmentRepository attachments() { return ports.attachments(); }
            public BillRepository bills() { return ports.bills(); }
            public PermissionRepository permissions() { return ports.permissions(); }
            public WorkflowDefinitionRepository workflowDefinitions() { return ports.workflowDefinitions(); }
            public MawbWorkflowRepository mawbWorkflows() { return ports.mawbWorkflows(); }
            public JobStore jobStore() { return ports.jobStore(); }
            public AuditLog auditLog() { return ports.auditLog(); }
            public TransactionRunner transactions() { return ports.transactions(); }
        };

        TrackingPlatform platform = TrackingPlatform.builder().persistence(adapter).actorProvider(() -> ANNA).build();
        registerLufthansa(platform);
        Mawb created = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbDetails()));

        assertThat(ports.mawbs().findById(created.id())).contains(created);
        assertThat(ports.mawbWorkflows().findByMawb(created.id())).isPresent();
        assertThat(ports.auditLog().find(AuditCriteria.historyOf("MAWB", created.id().toString()),
                SortDirection.ASC, null, 10)).singleElement().extracting(AuditEntry::action)
                .isEqualTo(AuditAction.INSERT);
    }

    @Test
    void theGivenClockAndIdGeneratorAreUsed() {
        Instant now = Instant.parse("2025-03-16T12:00:00Z");
        UUID id = UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566");
        TrackingPlatform platform = builderOver(portsWhereOpsMayDoEverything()).actorProvider(() -> ANNA)
                .clock(Clock.fixed(now, ZoneOffset.UTC)).idGenerator(() -> id).build();
        registerLufthansa(platform);

        Mawb created = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1234567),
                TestData.mawbDetails()));

        assertThat(created.id().value()).isEqualTo(id);
        assertThat(created.createdAt()).isEqualTo(now);
    }

    @Test
    void theActorIsAskedForAtEveryUseCase() {
        AtomicReference<Actor> current = new AtomicReference<>(ANNA);
        Instant now = Instant.parse("2025-03-16T12:00:00Z");
        PersistencePorts ports = portsWhereOpsMayDoEverything();
        // Scheduled work acts as the system user in the system role, which the schema grants every feature.
        for (Feature feature : List.of(Feature.EVENTS_WRITE, Feature.EVENTS_READ)) {
            ports.permissions().insertGrant(new RoleGrant(Actor.SYSTEM_ROLE, feature.code(), now, Actor.SYSTEM_USER));
        }
        TrackingPlatform platform = builderOver(ports).actorProvider(current::get)
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        List<MawbCreated> created = new ArrayList<>();
        platform.subscribe(MawbCreated.class, created::add);
        registerLufthansa(platform);
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbDetails()));

        current.set(Actor.system());
        platform.events().record(PlatformFixture.actual(ShipmentRef.of(mawb.id()), "DEP",
                OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), "FRA"));

        assertThat(created).singleElement().extracting(MawbCreated::actor).isEqualTo("anna.schmidt");
        assertThat(platform.events().timeline(ShipmentRef.of(mawb.id()), false))
                .extracting(TrackingEvent::recordedBy).containsExactly(Actor.SYSTEM_USER);
    }

    @Test
    void theGivenAirportTimeZonesDecideWhatTodayIsAtADestination() {
        // 23:30 UTC on June 10: June 10 in Chicago, but already June 11 in a zone of UTC+14.
        Clock clock = Clock.fixed(Instant.parse("2025-06-10T23:30:00Z"), ZoneOffset.UTC);
        AirportTimeZones ordFarEast = airport -> airport.equals(AirportCode.of("ORD"))
                ? Optional.of(ZoneId.of("Pacific/Kiritimati")) : AirportTimeZones.builtIn().find(airport);
        TrackingPlatform builtIn = builderOver(portsWhereOpsMayDoEverything()).actorProvider(() -> ANNA).clock(clock)
                .build();
        TrackingPlatform custom = builderOver(portsWhereOpsMayDoEverything()).actorProvider(() -> ANNA).clock(clock)
                .airportTimeZones(ordFarEast).build();

        for (TrackingPlatform platform : List.of(builtIn, custom)) {
            registerLufthansa(platform);
            platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbBuilder(1)
                    .eta(OffsetDateTime.parse("2025-06-11T00:30:00-05:00")).lastFreeDay(null).build().details()));
        }

        assertThat(builtIn.dashboard().statistics().arrivingToday()).isZero();
        assertThat(custom.dashboard().statistics().arrivingToday()).isEqualTo(1);
    }

    @Test
    void aCustomDomainEventPublisherGetsEveryEventAndSubscribeIsRefused() {
        List<DomainEvent> hostBus = new ArrayList<>();
        TrackingPlatform platform = builderOver(portsWhereOpsMayDoEverything()).actorProvider(() -> ANNA)
                .domainEventPublisher(hostBus::add).build();
        registerLufthansa(platform);

        platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbDetails()));

        assertThat(hostBus).extracting(event -> (Object) event.getClass())
                .containsExactly(MawbCreated.class, WorkflowStepEntered.class);
        assertThatThrownBy(() -> platform.subscribe(DomainEvent.class, event -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Fresh in-memory ports whose catalogue knows every feature, all granted to ANNA's role {@code ops}. */
    private static PersistencePorts portsWhereOpsMayDoEverything() {
        PersistencePorts ports = InMemoryPersistence.create();
        PlatformFixture.grantEveryFeature(ports.permissions(), "ops", Instant.parse("2025-03-16T12:00:00Z"));
        PlatformFixture.defineDefaultWorkflow(ports);
        return ports;
    }

    private static void registerLufthansa(TrackingPlatform platform) {
        var lh = TestData.carrier();
        platform.carriers().register(new RegisterCarrierCommand(lh.code(), lh.name(), lh.trackingEndpoint(), true));
    }
}
