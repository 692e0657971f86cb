package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.jpa.JpaPersistence;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Which persistence adapter is configured, by {@code tracking.persistence} and by the class path. */
class TrackingPersistenceAutoConfigurationTest {

    private final ApplicationContextRunner runner = TestContexts.h2Runner();

    @Test
    void jdbiIsPreferredWhenBothAdaptersAreOnTheClassPath() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingPersistence.class)
                    .hasSingleBean(JdbiPersistence.class).doesNotHaveBean(JpaPersistence.class)
                    .hasSingleBean(StorageMaintenance.class).hasSingleBean(TrackingPlatform.class);
            assertThat(context.getBean(JobStore.class)).isSameAs(context.getBean(JdbiPersistence.class).jobStore());
            assertThat(context.getBean(StorageMaintenance.class))
                    .isSameAs(context.getBean(JdbiPersistence.class).maintenance());
            assertUsable(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
        });
    }

    @Test
    void jpaWhenThePropertyChoosesIt() {
        runner.withPropertyValues("tracking.persistence=jpa").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JpaPersistence.class)
                    .doesNotHaveBean(JdbiPersistence.class).hasSingleBean(StorageMaintenance.class);
            assertThat(context.getBean(StorageMaintenance.class))
                    .isSameAs(context.getBean(JpaPersistence.class).maintenance());
            assertUsable(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
        });
    }

    @Test
    void jdbiWhenThePropertyChoosesIt() {
        runner.withPropertyValues("tracking.persistence=JDBI").run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(JdbiPersistence.class).doesNotHaveBean(JpaPersistence.class));
    }

    @Test
    void autoTakesJpaWhenJdbiIsNotOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(JdbiPersistence.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JpaPersistence.class)
                    .hasSingleBean(TrackingPlatform.class);
            assertUsable(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
        });
    }

    @Test
    void autoTakesJdbiWhenJpaIsNotOnTheClassPath() {
        runner.withPropertyValues("tracking.persistence=auto")
                .withClassLoader(new FilteredClassLoader(JpaPersistence.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JdbiPersistence.class));
    }

    @Test
    void nothingWhenTheChosenAdapterIsNotOnTheClassPath() {
        runner.withPropertyValues("tracking.persistence=jpa")
                .withClassLoader(new FilteredClassLoader(JpaPersistence.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrackingPersistence.class)
                        .doesNotHaveBean(TrackingPlatform.class).doesNotHaveBean(TrackingScheduler.class));
    }

    @Test
    void nothingWithoutADataSource() {
        TestContexts.runner().run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(TrackingSchemaMigration.class)
                .doesNotHaveBean(TrackingPersistence.class)
                .doesNotHaveBean(StorageMaintenance.class)
                .doesNotHaveBean(JobStore.class)
                .doesNotHaveBean(TrackingPlatform.class)
                .doesNotHaveBean(TrackingScheduler.class)
                .doesNotHaveBean(TrackingSchedulerLifecycle.class)
                .doesNotHaveBean(TrackingHealthIndicator.class)
                .doesNotHaveBean(AuthenticatedActorResolver.class)
                .doesNotHaveBean(dev.tracking.core.port.out.Notifier.class)
                .doesNotHaveBean(dev.tracking.core.port.out.MailSender.class));
    }

    @Test
    void nothingWithTwoDataSourcesWhenNeitherIsPrimary() {
        TestContexts.runner().withUserConfiguration(TwoDataSources.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrackingSchemaMigration.class)
                        .doesNotHaveBean(TrackingPersistence.class).doesNotHaveBean(TrackingPlatform.class));
    }

    @Test
    void thePrimaryOfTwoDataSourcesIsUsed() {
        TestContexts.runner().withUserConfiguration(TwoDataSources.class, PrimaryDataSource.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbiPersistence.class);
                    assertUsable(context.getBean(TrackingPlatform.class), context.getBean(ScopedActorProvider.class));
                });
    }

    @Test
    void theJpaAdapterIsClosedWithTheContext() {
        JpaPersistence[] persistence = new JpaPersistence[1];
        runner.withPropertyValues("tracking.persistence=jpa").run(context -> {
            persistence[0] = context.getBean(JpaPersistence.class);
            assertThat(persistence[0].carriers().findAll()).isNotEmpty();
        });
        assertThatThrownBy(() -> persistence[0].carriers().findAll()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHostsPersistenceReplacesTheAdapter() {
        PersistencePorts ports = InMemoryPersistence.create();
        runner.withBean("myPersistence", TrackingPersistence.class, () -> ports).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingPersistence.class)
                    .doesNotHaveBean(JdbiPersistence.class).hasSingleBean(TrackingPlatform.class);
            assertThat(context.getBean(JobStore.class)).isSameAs(ports.jobStore());
            assertThat(context.getBean(StorageMaintenance.class)).isNotSameAs(
                    context.getBean(TrackingPersistence.class));
        });
    }

    @Test
    void aHostsPersistenceWorksWithoutAnyDataSource() {
        PersistencePorts ports = InMemoryPersistence.create();
        TestContexts.runner().withBean(TrackingPersistence.class, () -> ports).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingPlatform.class)
                    .hasSingleBean(TrackingScheduler.class).doesNotHaveBean(TrackingSchemaMigration.class)
                    .doesNotHaveBean(StorageMaintenance.class);
            assertThat(context.getBean(JobStore.class)).isSameAs(ports.jobStore());
        });
    }

    /** The platform answers a use case through the adapter (the system role holds every feature). */
    private static void assertUsable(TrackingPlatform platform, ScopedActorProvider actors) throws Exception {
        assertThat(actors.callAs(Actor.system(), () -> platform.carriers().list())).isNotEmpty();
        assertThat(actors.callAs(Actor.system(), () -> platform.jobs().statistics())).isNotNull();
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource firstDataSource() {
            return TestContexts.h2();
        }

        @Bean
        DataSource secondDataSource() {
            return TestContexts.h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimaryDataSource {

        @Bean
        @Primary
        DataSource primaryDataSource() {
            return TestContexts.h2();
        }
    }
}
