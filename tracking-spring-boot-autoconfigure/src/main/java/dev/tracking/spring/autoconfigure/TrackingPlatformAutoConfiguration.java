package dev.tracking.spring.autoconfigure;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.reminder.ReminderPolicies;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.port.out.BusinessCalendar;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.core.port.out.RequestContextProvider;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.core.storage.FileSystemAttachmentStorage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The {@link TrackingPlatform} and the ports it needs besides persistence, whenever there is a
 * {@link TrackingPersistence} bean (auto-configured on the DataSource, or the host's own). Every bean backs off when
 * the host declares one of the same type:
 *
 * <ul>
 *   <li>{@link Clock}: UTC system time;</li>
 *   <li>{@link JobStore}: the persistence's job table, shared by the platform, the scheduler and the mail notifier;</li>
 *   <li>{@link ActorProvider}: a {@link ScopedActorProvider} (the engine's scoped actor, else the signed-in user from
 *       the {@link AuthenticatedActorResolver}, else anonymous);</li>
 *   <li>{@link AttachmentStorage}: files under {@code tracking.attachments.directory};</li>
 *   <li>{@link BusinessCalendar}: weekends plus {@code tracking.calendar.*} holidays;</li>
 *   <li>{@link Notifier}: logging, unless the mail auto-configuration supplied the e-mail notifier;</li>
 *   <li>{@link DomainEventPublisher}: Spring application events ({@code tracking.events.application-events}).</li>
 * </ul>
 *
 * The platform also takes, when the host declares them, an {@link IdGenerator}, {@link AirportTimeZones},
 * {@link RequestContextProvider}, {@link AuditSettings}, {@link ReminderPolicies} and
 * {@link TrackingPlatformBuilderCustomizer} beans.
 */
@AutoConfiguration(after = {TrackingJdbiAutoConfiguration.class, TrackingJpaAutoConfiguration.class,
        TrackingMailAutoConfiguration.class, TrackingSecurityAutoConfiguration.class})
@ConditionalOnBean(TrackingPersistence.class)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingPlatformAutoConfiguration {

    /** UTC system time. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock trackingClock() {
        return Clock.systemUTC();
    }

    /** The persistence's job table. */
    @Bean
    @ConditionalOnMissingBean(JobStore.class)
    public JobStore trackingJobStore(TrackingPersistence persistence) {
        return persistence.jobStore();
    }

    /** The engine's scoped actor, else the signed-in user, else anonymous. */
    @Bean
    @ConditionalOnMissingBean(ActorProvider.class)
    public ScopedActorProvider trackingActorProvider(ObjectProvider<AuthenticatedActorResolver> authenticated) {
        AuthenticatedActorResolver resolver = authenticated.getIfUnique();
        return resolver != null ? new ScopedActorProvider(resolver) : new ScopedActorProvider();
    }

    /** Uploaded documents as files in {@code tracking.attachments.directory}. */
    @Bean
    @ConditionalOnMissingBean(AttachmentStorage.class)
    public FileSystemAttachmentStorage trackingAttachmentStorage(TrackingProperties properties) {
        return FileSystemAttachmentStorage.in(properties.getAttachments().getDirectory());
    }

    /** Weekends off everywhere, plus the holidays of {@code tracking.calendar.*}. */
    @Bean
    @ConditionalOnMissingBean(BusinessCalendar.class)
    public BusinessCalendar trackingBusinessCalendar(TrackingProperties properties) {
        TrackingProperties.Calendar calendar = properties.getCalendar();
        if (calendar.getHolidays().isEmpty() && calendar.getAirportHolidays().isEmpty()) {
            return BusinessCalendar.weekendsOnly();
        }
        Map<AirportCode, Set<LocalDate>> byAirport = new LinkedHashMap<>();
        calendar.getAirportHolidays().forEach((airport, days) -> byAirport.put(AirportCode.of(airport.strip()),
                Set.copyOf(days)));
        return BusinessCalendar.weekendsAndHolidays(Set.copyOf(calendar.getHolidays()), byAirport);
    }

    /** Reminders are logged (logger {@code dev.tracking.notifications}) when nothing e-mails them. */
    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    public Notifier trackingLoggingNotifier() {
        return Notifier.logging();
    }

    /** Domain events as Spring application events. */
    @Bean
    @ConditionalOnMissingBean(DomainEventPublisher.class)
    @ConditionalOnBooleanProperty(name = "tracking.events.application-events", matchIfMissing = true)
    public ApplicationEventDomainEventPublisher trackingDomainEventPublisher(ApplicationEventPublisher publisher) {
        return new ApplicationEventDomainEventPublisher(publisher);
    }

    /** The platform: every use case, on the persistence and the ports above. */
    @Bean
    @ConditionalOnMissingBean(TrackingPlatform.class)
    public TrackingPlatform trackingPlatform(TrackingPersistence persistence, JobStore jobStore,
            ActorProvider actorProvider, Clock clock, Notifier notifier, BusinessCalendar businessCalendar,
            TrackingProperties properties, ObjectProvider<DomainEventPublisher> domainEventPublisher,
            ObjectProvider<IdGenerator> idGenerator, ObjectProvider<AirportTimeZones> airportTimeZones,
            ObjectProvider<RequestContextProvider> requestContextProvider,
            ObjectProvider<AuditSettings> auditSettings, ObjectProvider<ReminderPolicies> reminderPolicies,
            ObjectProvider<TrackingPlatformBuilderCustomizer> customizers) {
        TrackingPlatform.Builder builder = TrackingPlatform.builder()
                .persistence(persistence)
                .jobStore(jobStore)
                .actorProvider(actorProvider)
                .clock(clock)
                .notifier(notifier)
                .businessCalendar(businessCalendar)
                .workflowCode(properties.getWorkflow().getCode())
                .workflowDefinitionCacheTtl(properties.getWorkflow().getDefinitionCacheTtl())
                .permissionCacheTtl(properties.getPermissions().getCacheTtl());
        ifUnique(domainEventPublisher, builder::domainEventPublisher);
        ifUnique(idGenerator, builder::idGenerator);
        ifUnique(airportTimeZones, builder::airportTimeZones);
        ifUnique(requestContextProvider, builder::requestContextProvider);
        ifUnique(auditSettings, builder::auditSettings);
        ifUnique(reminderPolicies, builder::reminderPolicies);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static <T> void ifUnique(ObjectProvider<T> provider, Consumer<T> use) {
        T value = provider.getIfUnique();
        if (value != null) {
            use.accept(value);
        }
    }
}
