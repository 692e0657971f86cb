package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.port.out.BusinessCalendar;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.core.storage.FileSystemAttachmentStorage;
import dev.tracking.testsupport.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The platform and its ports: the defaults, properties, and a host replacing any of them. */
class TrackingPlatformAutoConfigurationTest {

    private static final Instant FIXED = Instant.parse("2026-03-02T10:15:30Z");

    private final ApplicationContextRunner runner = TestContexts.h2Runner();

    @Test
    void configuresEveryPortWithItsDefault() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingPlatform.class).hasSingleBean(Clock.class)
                    .hasSingleBean(ActorProvider.class).hasSingleBean(AttachmentStorage.class)
                    .hasSingleBean(BusinessCalendar.class).hasSingleBean(Notifier.class)
                    .hasSingleBean(DomainEventPublisher.class);
            assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
            assertThat(context.getBean(ActorProvider.class)).isInstanceOf(ScopedActorProvider.class);
            assertThat(context.getBean(AttachmentStorage.class)).isInstanceOf(FileSystemAttachmentStorage.class);
            assertThat(context.getBean(DomainEventPublisher.class))
                    .isInstanceOf(ApplicationEventDomainEventPublisher.class);
            assertThat(context.getBean(Notifier.class)).isInstanceOf(MailOrLogNotifier.class);
            BusinessCalendar calendar = context.getBean(BusinessCalendar.class);
            assertThat(calendar.at(AirportCode.of("ORD")).isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
            assertThat(calendar.at(AirportCode.of("ORD")).isBusinessDay(LocalDate.of(2026, 12, 26))).isFalse();
        });
    }

    @Test
    void storesDocumentsInTheConfiguredDirectory(@TempDir Path directory) {
        runner.withPropertyValues("tracking.attachments.directory=" + directory).run(context -> {
            AttachmentStorage storage = context.getBean(AttachmentStorage.class);
            AttachmentStorage.StoredDocument stored = storage.store(
                    new ByteArrayInputStream("invoice".getBytes(StandardCharsets.UTF_8)), 100);
            try (var files = Files.walk(directory)) {
                assertThat(files.filter(Files::isRegularFile)).hasSize(1);
            }
            assertThat(storage.open(stored.storageKey())).isPresent();
        });
    }

    @Test
    void theCalendarTakesHolidaysEverywhereAndPerAirport() {
        runner.withPropertyValues("tracking.calendar.holidays=2026-12-25,2027-01-01",
                "tracking.calendar.airport-holidays.ORD=2026-07-03",
                "tracking.calendar.airport-holidays.FRA[0]=2026-10-05").run(context -> {
                    BusinessCalendar calendar = context.getBean(BusinessCalendar.class);
                    LocalDate christmas = LocalDate.of(2026, 12, 25);
                    LocalDate independenceDayObserved = LocalDate.of(2026, 7, 3);
                    LocalDate frankfurtHoliday = LocalDate.of(2026, 10, 5);
                    assertThat(calendar.at(AirportCode.of("ORD")).isBusinessDay(christmas)).isFalse();
                    assertThat(calendar.at(AirportCode.of("FRA")).isBusinessDay(christmas)).isFalse();
                    assertThat(calendar.at(AirportCode.of("ORD")).isBusinessDay(independenceDayObserved)).isFalse();
                    assertThat(calendar.at(AirportCode.of("FRA")).isBusinessDay(independenceDayObserved)).isTrue();
                    assertThat(calendar.at(AirportCode.of("FRA")).isBusinessDay(frankfurtHoliday)).isFalse();
                    assertThat(calendar.at(AirportCode.of("ORD")).isBusinessDay(frankfurtHoliday)).isTrue();
                });
    }

    @Test
    void theNotifierLogsWhenMailIsOff() {
        runner.withPropertyValues("tracking.mail.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Notifier.class);
            assertThat(context.getBean(Notifier.class)).isNotInstanceOf(MailOrLogNotifier.class);
        });
    }

    @Test
    void domainEventsReachEventListeners() {
        runner.withUserConfiguration(Listener.class).run(context -> {
            Mawb mawb = createMawb(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
            assertThat(context.getBean(Listener.class).created).singleElement()
                    .satisfies(event -> {
                        assertThat(event.mawb().id()).isEqualTo(mawb.id());
                        assertThat(event.actor()).isEqualTo(Actor.SYSTEM_USER);
                    });
        });
    }

    @Test
    void withoutApplicationEventsThePlatformKeepsItsOwnBus() {
        runner.withPropertyValues("tracking.events.application-events=false").withUserConfiguration(Listener.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DomainEventPublisher.class);
                    TrackingPlatform platform = context.getBean(TrackingPlatform.class);
                    List<MawbCreated> subscribed = new CopyOnWriteArrayList<>();
                    platform.subscribe(MawbCreated.class, subscribed::add);
                    createMawb(platform, context.getBean(ScopedActorProvider.class));
                    assertThat(subscribed).hasSize(1);
                    assertThat(context.getBean(Listener.class).created).isEmpty();
                });
    }

    @Test
    void aHostReplacesAnyPort() {
        runner.withUserConfiguration(HostPorts.class, Listener.class).run(context -> {
            assertThat(context).hasNotFailed();
            HostPorts host = context.getBean(HostPorts.class);
            assertThat(context.getBean(Clock.class)).isSameAs(host.clock);
            assertThat(context.getBean(Notifier.class)).isSameAs(host.notifier);
            assertThat(context.getBean(BusinessCalendar.class)).isSameAs(host.calendar);
            assertThat(context.getBean(AttachmentStorage.class)).isSameAs(host.storage);
            assertThat(context.getBean(ActorProvider.class)).isSameAs(host.actors)
                    .isNotInstanceOf(ScopedActorProvider.class);
            Mawb mawb = context.getBean(TrackingPlatform.class).mawbs().create(
                    new CreateMawbCommand(TestData.awbNumber(7654321), TestData.mawbDetails()));
            assertThat(mawb.createdAt()).isEqualTo(FIXED);
            assertThat(host.ids).contains(mawb.id().value());
            assertThat(context.getBean(Listener.class).created).singleElement()
                    .satisfies(event -> assertThat(event.actor()).isEqualTo("host-user"));
        });
    }

    @Test
    void aHostReplacesThePlatformItself() {
        runner.withUserConfiguration(HostPlatform.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingPlatform.class);
            assertThat(context.getBean(TrackingPlatform.class)).isSameAs(context.getBean(HostPlatform.class).platform);
        });
    }

    @Test
    void customizersAdjustTheBuilder() {
        List<UUID> ids = new CopyOnWriteArrayList<>();
        runner.withBean(TrackingPlatformBuilderCustomizer.class, () -> builder -> builder.idGenerator(() -> {
            UUID id = UUID.randomUUID();
            ids.add(id);
            return id;
        })).run(context -> {
            Mawb mawb = createMawb(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
            assertThat(ids).contains(mawb.id().value());
        });
    }

    static Mawb createMawb(TrackingPlatform platform, ScopedActorProvider actors) throws Exception {
        return actors.callAs(Actor.system(), () -> platform.mawbs().create(
                new CreateMawbCommand(TestData.awbNumber(1234567), TestData.mawbDetails())));
    }

    @Configuration(proxyBeanMethods = false)
    static class Listener {

        final List<MawbCreated> created = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MawbCreated event) {
            created.add(event);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostPorts {

        final Clock clock = Clock.fixed(FIXED, ZoneOffset.UTC);
        final Notifier notifier = notification -> {
        };
        final BusinessCalendar calendar = BusinessCalendar.weekendsOnly();
        final AttachmentStorage storage = FileSystemAttachmentStorage.in(Path.of("target", "host-attachments"));
        final ActorProvider actors = () -> Actor.user("host-user", Actor.SYSTEM_ROLE);
        final List<UUID> ids = new CopyOnWriteArrayList<>();

        @Bean
        Clock hostClock() {
            return clock;
        }

        @Bean
        Notifier hostNotifier() {
            return notifier;
        }

        @Bean
        BusinessCalendar hostCalendar() {
            return calendar;
        }

        @Bean
        AttachmentStorage hostStorage() {
            return storage;
        }

        @Bean
        ActorProvider hostActors() {
            return actors;
        }

        @Bean
        IdGenerator hostIds() {
            return () -> {
                UUID id = UUID.randomUUID();
                ids.add(id);
                return id;
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostPlatform {

        TrackingPlatform platform;

        @Bean
        TrackingPlatform hostPlatform(dev.tracking.core.port.out.TrackingPersistence persistence) {
            platform = TrackingPlatform.builder().persistence(persistence).actorProvider(Actor::system).build();
            return platform;
        }
    }
}
