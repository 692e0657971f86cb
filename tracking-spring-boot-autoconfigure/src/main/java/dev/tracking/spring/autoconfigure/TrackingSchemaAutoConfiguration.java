package dev.tracking.spring.autoconfigure;

import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.schema.TrackingSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Migrates the tracking schema (Flyway, {@code tracking-schema}) at start-up, before any {@link TrackingPersistence}
 * bean is created: every such bean, the auto-configured adapter's or a host's own, is made to depend on the
 * {@link TrackingSchemaMigration} bean. Needs a single (or primary) {@link DataSource}; off with
 * {@code tracking.schema.migrate=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        before = {TrackingJdbiAutoConfiguration.class, TrackingJpaAutoConfiguration.class})
@ConditionalOnClass({TrackingSchema.class, org.flywaydb.core.Flyway.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "tracking.schema.migrate", matchIfMissing = true)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingSchemaAutoConfiguration {

    /** Migrates the tracking schema of the DataSource, in {@code tracking.schema.name} when set. */
    @Bean
    @ConditionalOnMissingBean
    public TrackingSchemaMigration trackingSchemaMigration(DataSource dataSource, TrackingProperties properties) {
        TrackingProperties.Schema settings = properties.getSchema();
        TrackingSchema schema = TrackingSchema.configure(dataSource)
                .historyTable(settings.getHistoryTable());
        if (StringUtils.hasText(settings.getName())) {
            schema = schema.schema(settings.getName().strip());
        }
        return new TrackingSchemaMigration(schema);
    }

    /** Makes every {@link TrackingPersistence} bean depend on the migration. */
    @Bean
    public static BeanFactoryPostProcessor trackingPersistenceDependsOnSchemaMigration() {
        return TrackingSchemaAutoConfiguration::addDependsOnMigration;
    }

    static void addDependsOnMigration(ConfigurableListableBeanFactory beanFactory) {
        String[] migrations = beanFactory.getBeanNamesForType(TrackingSchemaMigration.class, true, false);
        if (migrations.length == 0) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(TrackingPersistence.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            List<String> dependsOn = new ArrayList<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            for (String migration : migrations) {
                if (!dependsOn.contains(migration)) {
                    dependsOn.add(migration);
                }
            }
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
