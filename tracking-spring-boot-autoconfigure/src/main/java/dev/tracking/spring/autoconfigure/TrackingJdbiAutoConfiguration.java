package dev.tracking.spring.autoconfigure;

import dev.tracking.adapter.jdbi.JdbiPersistence;
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

/**
 * The Jdbi persistence adapter on the application's {@link DataSource}: when {@code tracking-jdbi-adapter} is on the
 * class path, {@code tracking.persistence} is {@code jdbi} or {@code auto} (Jdbi is preferred over JPA), and there is
 * a single (or primary) DataSource. Its units of work are the adapter's own (one connection and transaction per unit,
 * bound to the thread), not Spring-managed transactions.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, TrackingSchemaAutoConfiguration.class})
@ConditionalOnClass(JdbiPersistence.class)
@ConditionalOnTrackingPersistence(TrackingProperties.Persistence.JDBI)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingJdbiAutoConfiguration {

    /** Every persistence port on Jdbi. */
    @Bean
    @ConditionalOnMissingBean(TrackingPersistence.class)
    public JdbiPersistence trackingPersistence(DataSource dataSource) {
        return JdbiPersistence.create(dataSource);
    }

    /** The partitions of the event tables and the audit log (PostgreSQL; nothing on H2), for the clean-up job. */
    @Bean
    @ConditionalOnMissingBean(StorageMaintenance.class)
    public StorageMaintenance trackingStorageMaintenance(TrackingPersistence persistence) {
        return persistence instanceof JdbiPersistence jdbi ? jdbi.maintenance() : StorageMaintenance.none();
    }
}
