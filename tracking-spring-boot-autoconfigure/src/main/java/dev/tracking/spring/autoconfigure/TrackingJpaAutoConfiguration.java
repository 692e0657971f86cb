package dev.tracking.spring.autoconfigure;

import dev.tracking.adapter.jpa.JpaPersistence;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.core.port.out.TrackingPersistence;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * The JPA (Hibernate) persistence adapter on the application's {@link DataSource}: when {@code tracking-jpa-adapter}
 * is on the class path, {@code tracking.persistence} is {@code jpa}, or {@code auto} without the Jdbi adapter on the
 * class path, and there is a single (or primary) DataSource. The adapter builds an entity manager factory of its own
 * (apart from any the application has), validated against the schema at start-up, and closed with the context.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, TrackingSchemaAutoConfiguration.class,
        TrackingJdbiAutoConfiguration.class})
@ConditionalOnClass(JpaPersistence.class)
@ConditionalOnTrackingPersistence(TrackingProperties.Persistence.JPA)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingJpaAutoConfiguration {

    /** Every persistence port on JPA, in {@code tracking.schema.name} when set; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(TrackingPersistence.class)
    public JpaPersistence trackingPersistence(DataSource dataSource, TrackingProperties properties) {
        JpaPersistence.Builder builder = JpaPersistence.builder(dataSource);
        String schema = properties.getSchema().getName();
        if (StringUtils.hasText(schema)) {
            builder.schema(schema.strip());
        }
        return builder.build();
    }

    /** The partitions of the event tables and the audit log (PostgreSQL; nothing on H2), for the clean-up job. */
    @Bean
    @ConditionalOnMissingBean(StorageMaintenance.class)
    public StorageMaintenance trackingStorageMaintenance(TrackingPersistence persistence) {
        return persistence instanceof JpaPersistence jpa ? jpa.maintenance() : StorageMaintenance.none();
    }
}
