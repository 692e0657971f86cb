package dev.tracking.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A {@link TrackingPlatform} over fresh in-memory ports, composed only through its public builder: a clock that stands
 * still (a {@link Clock#fixed fixed clock} that a test may move explicitly), deterministic ids, one acting user who may
 * do everything, and a subscriber that records every domain event the platform publishes.
 *
 * <p>Permissions: the in-memory feature catalogue starts empty, as a truncated database does, so the fixture registers
 * every {@link Feature} and grants them all to the role {@link #ADMIN_ROLE}, which {@link #ACTOR} holds. It does so
 * straight through the permission port, so the audit log starts empty. A test acts as someone else with
 * {@link #actAs}, {@link #actAsUserWith} or {@link #actAsUserWithout}, and back with {@link #actAsDefault()}.
 */
final class PlatformFixture {

    /** Where the clock stands unless a test says otherwise: after the default LH430 flight of {@link TestData}. */
    static final Instant DEFAULT_NOW = Instant.parse("2025-03-16T12:00:00Z");

    /** The role that holds every {@link Feature}, as the default role {@code admin} of the schema does. */
    static final String ADMIN_ROLE = "admin";

    /** Who acts in every use case of the fixture unless a test says otherwise: holds {@link #ADMIN_ROLE}. */
    static final Actor ACTOR = Actor.user("anna.schmidt", "ops", ADMIN_ROLE);

    final PersistencePorts ports;
    final StoppedClock clock;
    final TrackingPlatform platform;
    private final AtomicReference<Actor> actor = new AtomicReference<>(ACTOR);
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();

    PlatformFixture() {
        this(DEFAULT_NOW);
    }

    PlatformFixture(Instant now) {
        this(now, InMemoryPersistence.create());
    }

    PlatformFixture(Instant now, PersistencePorts ports) {
        this(now, ports, UnaryOperator.identity());
    }

    /**
     * A fixture whose platform the test configures further before it is built, for instance with
     * {@code b -> b.auditSettings(...)} or {@code b -> b.requestContextProvider(...)}.
     */
    PlatformFixture(Instant now, PersistencePorts ports, UnaryOperator<TrackingPlatform.Builder> configure) {
        this.ports = ports;
        this.clock = new StoppedClock(now);
        grantEveryFeature(ports.permissions(), ADMIN_ROLE, now);
        defineDefaultWorkflow(ports);
        this.platform = configure.apply(builderOver(ports)
                .clock(clock)
                .idGenerator(new SeededIds(20250314L))
                .actorProvider(actor::get))
                .build();
        platform.subscribe(DomainEvent.class, published::add);
    }

    /** A builder given every persistence port of {@code ports}, and nothing else. */
    static TrackingPlatform.Builder builderOver(PersistencePorts ports) {
        return TrackingPlatform.builder()
                .carriers(ports.carriers()).fileTypes(ports.fileTypes())
                .mawbs(ports.mawbs()).hawbs(ports.hawbs()).events(ports.events())
                .attachments(ports.attachments()).bills(ports.bills())
                .permissions(ports.permissions()).auditLog(ports.auditLog())
                .workflowDefinitions(ports.workflowDefinitions()).mawbWorkflows(ports.mawbWorkflows())
                .jobStore(ports.jobStore())
                .transactions(ports.transactions());
    }

    /**
     * Registers every {@link Feature} in the catalogue of {@code permissions} (which starts empty in memory) and grants
     * them all to {@code role}, straight through the port: no use case runs, so nothing is audited.
     */
    static void grantEveryFeature(PermissionRepository permissions, String role, Instant at) {
        registerEveryFeature(permissions);
        for (Feature feature : Feature.values()) {
            if (permissions.findGrant(role, feature.code()).isEmpty()) {
                permissions.insertGrant(new RoleGrant(role, feature.code(), at, Actor.SYSTEM_USER));
            }
        }
    }

    /**
     * Stores the default workflow as the schema seeds it, straight through the port (its advance feature must be in the
     * catalogue already).
     */
    static void defineDefaultWorkflow(PersistencePorts ports) {
        if (ports.workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT).isEmpty()) {
            ports.workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        }
    }

    /** Registers every {@link Feature} in the catalogue of {@code permissions}, granting none. */
    static void registerEveryFeature(PermissionRepository permissions) {
        for (Feature feature : Feature.values()) {
            permissions.saveFeature(feature.code(), feature.description());
        }
    }

    // ------------------------------------------------------------------------------------------------- acting user

    /** Who acts now. */
    Actor actor() {
        return actor.get();
    }

    /** From now on {@code someone} acts in every use case (in every thread), until another call says otherwise. */
    Actor actAs(Actor someone) {
        actor.set(someone);
        return someone;
    }

    /** From now on the user {@code userId} holding {@code roles} acts. */
    Actor actAs(String userId, String... roles) {
        return actAs(Actor.user(userId, roles));
    }

    /** From now on {@link #ACTOR}, who holds every feature, acts again. */
    Actor actAsDefault() {
        return actAs(ACTOR);
    }

    /**
     * Gives {@code userId} the overrides through the permission use cases, as {@link #ACTOR} (so they are audited and
     * this platform's permission cache forgets what it knew), then acts as that user holding {@code roles}.
     */
    Actor actAs(String userId, Set<String> roles, Map<Feature, OverrideEffect> overrides) {
        actAsDefault();
        overrides.forEach((feature, effect) -> platform.permissions()
                .setOverride(new SetOverrideCommand(userId, feature.code(), effect, null)));
        return actAs(new Actor(userId, roles));
    }

    /**
     * Acts as a new user whose only role (named after the user) gives exactly {@code features}, granted straight
     * through the permission port (not audited).
     */
    Actor actAsUserWith(String userId, Feature... features) {
        String role = "role-of-" + userId;
        for (Feature feature : features) {
            ports.permissions().insertGrant(new RoleGrant(role, feature.code(), now(), Actor.SYSTEM_USER));
        }
        return actAs(userId, role);
    }

    /** Acts as a new user whose only role gives every feature but {@code missing}, granted as {@link #actAsUserWith}. */
    Actor actAsUserWithout(String userId, Feature missing) {
        return actAsUserWith(userId, Arrays.stream(Feature.values()).filter(f -> f != missing)
                .toArray(Feature[]::new));
    }

    // ------------------------------------------------------------------------------------------------------ clock

    Instant now() {
        return clock.instant();
    }

    void advance(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    // ------------------------------------------------------------------------------------------- published events

    /** Every domain event published so far, in order. */
    List<DomainEvent> published() {
        return List.copyOf(published);
    }

    /** The domain events of one type published so far, in order. */
    <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets what was published so far, so that a test sees only what its own action publishes. */
    void forgetPublished() {
        published.clear();
    }

    // ------------------------------------------------------------------------------------------------ setting up

    /** Registers Lufthansa Cargo, LH/020, the carrier of {@link TestData}'s AWB numbers. */
    Carrier registerLufthansa() {
        Carrier lh = TestData.carrier();
        return platform.carriers().register(new RegisterCarrierCommand(lh.code(), lh.name(), lh.trackingEndpoint(),
                lh.active()));
    }

    /** Registers an active carrier without a tracking endpoint. */
    Carrier registerCarrier(String designator, String awbPrefix, String name) {
        Carrier carrier = TestData.carrier(designator, awbPrefix, name);
        return platform.carriers().register(new RegisterCarrierCommand(carrier.code(), carrier.name(), null, true));
    }

    /** Creates, through the use case, the MAWB the builder describes (its number and details; nothing else counts). */
    Mawb createMawb(TestData.MawbBuilder builder) {
        Mawb mawb = builder.build();
        return platform.mawbs().create(new CreateMawbCommand(mawb.number(), mawb.details()));
    }

    /** Creates a MAWB with TestData's default details and the AWB number {@code 020-<serial><check digit>}. */
    Mawb createMawb(int serial) {
        return createMawb(TestData.mawbBuilder(serial));
    }

    Hawb createHawb(Mawb mawb, String number) {
        return createHawb(TestData.hawbBuilder(mawb, number));
    }

    Hawb createHawb(TestData.HawbBuilder builder) {
        Hawb hawb = builder.build();
        return platform.hawbs().create(new CreateHawbCommand(hawb.mawbId(), hawb.number(), hawb.details()));
    }

    /** Registers TestData's commercial invoice file type: pdf, jpg or png, up to 10 MiB. */
    FileType registerCommercialInvoice() {
        return platform.fileTypes().save(register(TestData.fileType()));
    }

    static SaveFileTypeCommand register(FileType fileType) {
        return SaveFileTypeCommand.register(fileType.code(), fileType.name(), fileType.extensions(),
                fileType.mediaTypes(), fileType.maxSizeBytes());
    }

    /** One record of every kind, made through the use cases by {@link #givenOneOfEverything()}. */
    record Sample(Carrier carrier, FileType fileType, Mawb mawb, Hawb hawb, TrackingEvent event, Bill bill,
            Attachment attachment) {
    }

    /**
     * Makes one record of every kind through the use cases, as whoever acts: Lufthansa, the commercial invoice file
     * type, MAWB {@code 020-12345675} with HAWB {@code HAM0042}, a booking event on the MAWB, an open ISC bill and an
     * invoice attached to the MAWB.
     */
    Sample givenOneOfEverything() {
        Carrier carrier = registerLufthansa();
        FileType fileType = registerCommercialInvoice();
        Mawb mawb = createMawb(1234567);
        Hawb hawb = createHawb(mawb, "HAM0042");
        ShipmentRef master = ShipmentRef.of(mawb.id());
        EventOutcome outcome = platform.events().record(actual(master, "BKD", now().minusSeconds(3600), "FRA"));
        TrackingEvent event = platform.events().timeline(master, false).stream()
                .filter(e -> e.id().equals(outcome.eventId())).findFirst().orElseThrow();
        Bill bill = platform.bills().create(new CreateBillCommand(mawb.id(), BillType.ISC, Money.of("125.50", "USD"),
                null));
        Attachment invoice = TestData.attachment(master, "invoice-4711.pdf");
        Attachment attachment = platform.attachments().add(new AddAttachmentCommand(master, invoice.fileTypeCode(),
                invoice.fileName(), invoice.mediaType(), invoice.sizeBytes(), invoice.sha256(),
                invoice.storageKey()));
        return new Sample(carrier, fileType, platform.mawbs().get(mawb.id()), hawb, event, bill, attachment);
    }

    // ---------------------------------------------------------------------------------------------------- events

    /** An ACTUAL carrier event without flight, portion or dedupe key (so the key is derived from the content). */
    static RecordEventCommand actual(ShipmentRef subject, String code, OffsetDateTime occurredAt, String location) {
        return event(subject, code, TimeType.ACTUAL, occurredAt, location);
    }

    static RecordEventCommand actual(ShipmentRef subject, String code, Instant occurredAt, String location) {
        return actual(subject, code, occurredAt.atOffset(ZoneOffset.UTC), location);
    }

    static RecordEventCommand event(ShipmentRef subject, String code, TimeType timeType, OffsetDateTime occurredAt,
            String location) {
        return new RecordEventCommand(subject, EventCode.of(code), timeType, occurredAt,
                location == null ? null : AirportCode.of(location), null, null, EventSource.CARRIER, null, null, null);
    }

    /** The command that reports what {@code event} (say, from {@link TestData#eventBuilder}) describes. */
    static RecordEventCommand commandFor(TrackingEvent event) {
        return new RecordEventCommand(event.subject(), event.code(), event.timeType(), event.occurredAt(),
                event.location(), event.portion(), event.flight(), event.source(), event.remarks(), event.metadata(),
                event.dedupeKey());
    }

    EventOutcome record(ShipmentRef subject, String code, OffsetDateTime occurredAt, String location) {
        return platform.events().record(actual(subject, code, occurredAt, location));
    }

    // ------------------------------------------------------------------------------------------------ assertions

    /**
     * Asserts that {@code call} throws a {@link ValidationException} naming exactly the given fields, in order, and
     * returns it for further checks.
     */
    static ValidationException assertRejected(ThrowingCallable call, String... fields) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        ValidationException exception = (ValidationException) thrown;
        assertThat(exception.violations()).extracting(FieldViolation::field).containsExactly(fields);
        return exception;
    }

    /**
     * Asserts that {@code call} is refused with a {@link PermissionDeniedException} naming the feature and the user,
     * and returns it.
     */
    static PermissionDeniedException assertDenied(ThrowingCallable call, Feature feature, String userId) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused for lack of %s", feature.code()).isInstanceOf(PermissionDeniedException.class);
        PermissionDeniedException denied = (PermissionDeniedException) thrown;
        assertThat(denied.feature()).isEqualTo(feature.code());
        assertThat(denied.userId()).isEqualTo(userId);
        return denied;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A clock that stands still at one instant, as {@link Clock#fixed} does, until a test moves it. */
    static final class StoppedClock extends Clock {

        private volatile Clock fixed;

        StoppedClock(Instant instant) {
            set(instant);
        }

        void set(Instant instant) {
            this.fixed = Clock.fixed(instant, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return fixed.withZone(zone);
        }

        @Override
        public Instant instant() {
            return fixed.instant();
        }
    }

    /**
     * Ids from a seeded random generator: the same in every run, and spread over all 128 bits, so that half of them have
     * the top bit set and ordering ids as unsigned bytes differs from {@link UUID#compareTo}.
     */
    static final class SeededIds implements IdGenerator {

        private final Random random;

        SeededIds(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public synchronized UUID newId() {
            return new UUID(random.nextLong(), random.nextLong());
        }
    }
}
