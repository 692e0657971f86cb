package dev.tracking.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.FieldViolation;
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
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A {@link TrackingPlatform} over fresh in-memory ports, composed only through its public builder: a clock that stands
 * still (a {@link Clock#fixed fixed clock} that a test may move explicitly), deterministic ids, one acting user, and a
 * subscriber that records every domain event the platform publishes.
 */
final class PlatformFixture {

    /** Where the clock stands unless a test says otherwise: after the default LH430 flight of {@link TestData}. */
    static final Instant DEFAULT_NOW = Instant.parse("2025-03-16T12:00:00Z");

    /** Who acts in every use case of the fixture. */
    static final Actor ACTOR = Actor.user("anna.schmidt", "ops");

    final PersistencePorts ports;
    final StoppedClock clock;
    final TrackingPlatform platform;
    private final List<DomainEvent> published = new ArrayList<>();

    PlatformFixture() {
        this(DEFAULT_NOW);
    }

    PlatformFixture(Instant now) {
        this(now, InMemoryPersistence.create());
    }

    PlatformFixture(Instant now, PersistencePorts ports) {
        this.ports = ports;
        this.clock = new StoppedClock(now);
        this.platform = builderOver(ports)
                .clock(clock)
                .idGenerator(new SeededIds(20250314L))
                .actorProvider(() -> ACTOR)
                .build();
        platform.subscribe(DomainEvent.class, published::add);
    }

    /** A builder given every persistence port of {@code ports}, and nothing else. */
    static TrackingPlatform.Builder builderOver(PersistencePorts ports) {
        return TrackingPlatform.builder()
                .carriers(ports.carriers()).fileTypes(ports.fileTypes())
                .mawbs(ports.mawbs()).hawbs(ports.hawbs()).events(ports.events())
                .attachments(ports.attachments()).bills(ports.bills())
                .transactions(ports.transactions());
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

    // ---------------------------------------------------------------------------------------------------- helpers

    /** A clock that stands still at one instant, as {@link Clock#fixed} does, until a test moves it. */
    static final class StoppedClock extends Clock {

        private Clock fixed;

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
