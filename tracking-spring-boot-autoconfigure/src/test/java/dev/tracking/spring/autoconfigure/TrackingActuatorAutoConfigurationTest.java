package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.scheduler.TrackingScheduler;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The tracking health indicator: UP and DOWN, with the jobs, dead jobs and scheduler in its details. */
class TrackingActuatorAutoConfigurationTest {

    private final ApplicationContextRunner runner = TestContexts.h2Runner();

    @Test
    void upWithTheJobsAndTheRunningSchedulerInItsDetails() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingHealthIndicator.class);
            Health health = context.getBean(TrackingHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("deadJobs", 0L).containsKey("jobs");
            assertThat(health.getDetails().get("jobs")).isInstanceOf(Map.class);
            assertThat(health.getDetails().get("scheduler")).isEqualTo(Map.of("enabled", true, "running", true,
                    "instance", context.getBean(TrackingScheduler.class).instanceName()));
        });
    }

    @Test
    void registeredAsTrackingInTheHealthRegistry() {
        runner.withConfiguration(AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(HealthContributorRegistry.class);
                    assertThat(context.getBean(HealthContributorRegistry.class).getContributor("tracking"))
                            .isSameAs(context.getBean(TrackingHealthIndicator.class));
                });
    }

    @Test
    void downWhenTheSchedulerIsNotRunning() {
        runner.run(context -> {
            context.getBean(TrackingScheduler.class).stop();
            Health health = context.getBean(TrackingHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("scheduler")).isEqualTo(Map.of("enabled", true, "running", false,
                    "instance", context.getBean(TrackingScheduler.class).instanceName()));
        });
    }

    @Test
    void upWithoutASchedulerOnThisNode() {
        runner.withPropertyValues("tracking.scheduler.enabled=false").run(context -> {
            Health health = context.getBean(TrackingHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails().get("scheduler")).isEqualTo(Map.of("enabled", false));
        });
    }

    @Test
    void countsDeadJobsAndTheOldestDueJobWithoutGoingDown() {
        runner.withPropertyValues("tracking.scheduler.enabled=false").run(context -> {
            JobStore jobs = context.getBean(JobStore.class);
            Instant now = Instant.now();
            JobRequest doomed = TestContexts.jobNow("doomed", Map.of(), 1);
            jobs.schedule(doomed);
            jobs.claimDue(new JobClaim("test", now.plusSeconds(1), now.plusSeconds(60), 10, Set.of("doomed")));
            assertThat(jobs.fail("test", doomed.id(), "it broke", null, now.plusSeconds(2))).isTrue();
            jobs.schedule(TestContexts.jobNow("waiting", Map.of(), 1));
            Health health = context.getBean(TrackingHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("deadJobs", 1L).containsKey("oldestDueJob")
                    .containsKey("oldestDueJobWaiting");
            @SuppressWarnings("unchecked")
            Map<String, Long> counts = (Map<String, Long>) health.getDetails().get("jobs");
            assertThat(counts).containsEntry("DEAD", 1L).containsEntry("PENDING", 1L)
                    .containsEntry("COMPLETED", 0L);
        });
    }

    @Test
    void downWhenTheDatabaseFails() {
        BreakableDataSource dataSource = new BreakableDataSource(TestContexts.h2());
        TestContexts.runner().withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("tracking.scheduler.enabled=false").run(context -> {
                    assertThat(context.getBean(TrackingHealthIndicator.class).health().getStatus())
                            .isEqualTo(Status.UP);
                    dataSource.broken = true;
                    Health health = context.getBean(TrackingHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("database", "unreachable").containsKey("error");
                    assertThat(health.getDetails().get("error").toString()).contains("database is down");
                });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("management.health.tracking.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrackingHealthIndicator.class));
        runner.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrackingHealthIndicator.class));
    }

    @Test
    void nothingWithoutSpringBootsHealthSupport() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrackingHealthIndicator.class)
                        .hasSingleBean(TrackingScheduler.class));
    }

    /** Fails every new connection once broken. */
    static final class BreakableDataSource extends DelegatingDataSource {

        volatile boolean broken;

        BreakableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (broken) {
                throw new SQLException("the database is down");
            }
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            if (broken) {
                throw new SQLException("the database is down");
            }
            return super.getConnection(username, password);
        }
    }
}
