package dev.tracking.spring.autoconfigure;

import dev.tracking.core.port.out.JobStore;
import dev.tracking.scheduler.TrackingScheduler;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code tracking} health indicator ({@link TrackingHealthIndicator}: database reachable, scheduler running when
 * this node has one, dead jobs in the details) when Spring Boot's health support is on the class path; off with
 * {@code management.health.tracking.enabled=false}.
 */
@AutoConfiguration(after = {TrackingPlatformAutoConfiguration.class, TrackingSchedulerAutoConfiguration.class},
        beforeName = "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration")
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(JobStore.class)
@ConditionalOnEnabledHealthIndicator("tracking")
public class TrackingActuatorAutoConfiguration {

    /** Health contributor {@code tracking}. */
    @Bean
    @ConditionalOnMissingBean(name = "trackingHealthIndicator")
    public TrackingHealthIndicator trackingHealthIndicator(JobStore jobStore,
            ObjectProvider<TrackingScheduler> scheduler, ObjectProvider<Clock> clock) {
        return new TrackingHealthIndicator(jobStore, scheduler.getIfUnique(),
                clock.getIfUnique(Clock::systemUTC));
    }
}
