package dev.tracking.spring.autoconfigure;

import dev.tracking.schema.TrackingSchema;
import java.util.Objects;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the tracking schema when the bean is initialized. {@link TrackingSchemaAutoConfiguration} makes every
 * {@code TrackingPersistence} bean depend on it, so the adapters (which check the schema when they are built) only
 * ever see a migrated one.
 */
public class TrackingSchemaMigration implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingSchemaMigration.class);

    private final TrackingSchema schema;
    private volatile MigrateResult result;

    /** A migration by {@code schema}, run on {@link #afterPropertiesSet()}. */
    public TrackingSchemaMigration(TrackingSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public void afterPropertiesSet() {
        MigrateResult migrated = schema.migrate();
        this.result = migrated;
        LOG.info("Tracking schema {}: {} migrations applied, now at version {}",
                migrated.schemaName == null || migrated.schemaName.isEmpty() ? "(default schema)"
                        : migrated.schemaName,
                migrated.migrationsExecuted, migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion
                        : migrated.initialSchemaVersion);
    }

    /** What the migration did; null before it ran. */
    public MigrateResult result() {
        return result;
    }
}
