package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.schema.TrackingSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tracking migrations: before any persistence bean, in a schema of their own, or not at all. */
class TrackingSchemaAutoConfigurationTest {

    private final ApplicationContextRunner runner = TestContexts.runner();

    @Test
    void migratesBeforeTheAdapterIsBuilt() {
        runner.withBean(DataSource.class, TestContexts::h2).withPropertyValues("tracking.persistence=jpa")
                .run(context -> {
                    // the JPA adapter validates its mapping against the schema when it is built
                    assertThat(context).hasNotFailed().hasSingleBean(TrackingSchemaMigration.class)
                            .hasSingleBean(TrackingPersistence.class);
                    TrackingSchemaMigration migration = context.getBean(TrackingSchemaMigration.class);
                    assertThat(migration.result().success).isTrue();
                    assertThat(migration.result().migrationsExecuted).isPositive();
                    assertThat(context.getBeanFactory().getBeanDefinition("trackingPersistence").getDependsOn())
                            .contains("trackingSchemaMigration");
                    assertThat(count(context.getBean(DataSource.class),
                            "SELECT COUNT(*) FROM \"" + TrackingSchema.DEFAULT_HISTORY_TABLE + "\"")).isPositive();
                });
    }

    @Test
    void aHostsOwnPersistenceBeanWaitsForTheMigrationToo() {
        runner.withBean(DataSource.class, TestContexts::h2).withUserConfiguration(HostPersistence.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(TrackingPersistence.class)).isInstanceOf(JdbiPersistence.class);
                    assertThat(context.getBean(HostPersistence.class).carriersWhenBuilt).isPositive();
                });
    }

    @Test
    void migrationsCanBeSwitchedOff() {
        JdbcDataSource dataSource = TestContexts.h2();
        runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("tracking.schema.migrate=false", "tracking.scheduler.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(TrackingSchemaMigration.class);
                    assertThat(tableExists(dataSource, "PUBLIC", "CARRIERS")).isFalse();
                });
    }

    @Test
    void withMigrationsOffTheSchemaMigratedElsewhereIsUsed() {
        JdbcDataSource dataSource = TestContexts.h2();
        TrackingSchema.migrate(dataSource);
        runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("tracking.schema.migrate=false", "tracking.persistence=jpa").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(TrackingSchemaMigration.class);
                    TrackingPlatform platform = context.getBean(TrackingPlatform.class);
                    assertThat(context.getBean(ScopedActorProvider.class)
                            .callAs(Actor.system(), () -> platform.carriers().list())).isNotEmpty();
                });
    }

    @Test
    void migratesIntoTheConfiguredSchemaAndTheJpaAdapterUsesIt() {
        JdbcDataSource dataSource = TestContexts.h2();
        runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("tracking.schema.name=TRACKING", "tracking.schema.history-table=my_history",
                        "tracking.persistence=jpa")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tableExists(dataSource, "TRACKING", "CARRIERS")).isTrue();
                    assertThat(tableExists(dataSource, "TRACKING", "my_history")).isTrue();
                    assertThat(tableExists(dataSource, "PUBLIC", "CARRIERS")).isFalse();
                    TrackingPlatform platform = context.getBean(TrackingPlatform.class);
                    assertThat(context.getBean(ScopedActorProvider.class)
                            .callAs(Actor.system(), () -> platform.jobs().statistics())).isNotNull();
                });
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean tableExists(DataSource dataSource, String schema, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            return tables.next();
        }
    }

    /** A host's own adapter bean, which reads the schema as it is built. */
    @Configuration(proxyBeanMethods = false)
    static class HostPersistence {

        long carriersWhenBuilt = -1;

        @Bean
        JdbiPersistence hostPersistence(DataSource dataSource) throws SQLException {
            carriersWhenBuilt = count(dataSource, "SELECT COUNT(*) FROM carriers");
            return JdbiPersistence.create(dataSource);
        }
    }
}
