package dev.tracking.adapter.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.hibernate.type.SqlTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link EntityManagerFactory} over the tracking entities with Jakarta Persistence 3.2's programmatic
 * configuration (no {@code persistence.xml}): the host's {@link DataSource}, the mapping validated against the
 * Flyway schema at start-up (never any DDL), JDBC batching with ordered inserts and updates, and JSON through
 * {@link Jackson3JsonFormatMapper}. Instants are bound as {@code OffsetDateTime}s at UTC and read with
 * {@code getObject(column, OffsetDateTime.class)} (Hibernate's default on PostgreSQL would go through
 * {@code java.sql.Timestamp}); the entities' {@code LocalDate}s are bound as they are (see {@code MawbEntity}).
 */
final class TrackingEntityManagerFactory {

    static final String PERSISTENCE_UNIT = "tracking";

    /** Every entity of the tracking schema this adapter maps. */
    static final List<Class<?>> ENTITIES = List.of(CarrierEntity.class, FileTypeEntity.class, MawbEntity.class,
            FlightLegEntity.class, MawbReferenceEntity.class, EquipmentEntity.class, HawbEntity.class,
            MawbEventEntity.class, HawbEventEntity.class, DedupeKeyEntity.class, AttachmentEntity.class,
            BillEntity.class, FeatureEntity.class, RoleGrantEntity.class, UserOverrideEntity.class,
            AuditEntryEntity.class, AuditChainHeadEntity.class, WorkflowDefinitionEntity.class,
            WorkflowStepEntity.class, MawbWorkflowEntity.class, WorkflowTransitionEntity.class,
            ScheduledJobEntity.class, JobAttemptEntity.class, JobTypePauseEntity.class);

    /** Statements per JDBC batch. */
    static final int BATCH_SIZE = 100;

    /** Settings a host may not override: they would let Hibernate write DDL or map the tables differently. */
    static final List<String> FIXED_SETTINGS = List.of(AvailableSettings.HBM2DDL_AUTO,
            AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION,
            AvailableSettings.PHYSICAL_NAMING_STRATEGY, AvailableSettings.DATASOURCE,
            AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, AvailableSettings.JAKARTA_JTA_DATASOURCE,
            AvailableSettings.JSON_FORMAT_MAPPER, AvailableSettings.DEFAULT_SCHEMA,
            AvailableSettings.PREFERRED_INSTANT_JDBC_TYPE);

    static EntityManagerFactory create(DataSource dataSource, String schema, JsonMapper jsonMapper,
            Map<String, Object> extraProperties) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(PERSISTENCE_UNIT)
                .managedClasses(ENTITIES)
                .schemaToolingAction(Action.VALIDATE)
                .property(AvailableSettings.DATASOURCE, dataSource)
                .property(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class)
                .property(AvailableSettings.JSON_FORMAT_MAPPER, new Jackson3JsonFormatMapper(jsonMapper))
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
                .property(AvailableSettings.PREFERRED_INSTANT_JDBC_TYPE, SqlTypes.TIMESTAMP_WITH_TIMEZONE);
        if (schema != null) {
            configuration.defaultSchema(schema);
        }
        configuration.properties(extraProperties);
        try {
            return configuration.createEntityManagerFactory();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the JPA tracking persistence: " + rootMessage(e)
                    + " (is the tracking schema migrated to the version this adapter maps?)", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private TrackingEntityManagerFactory() {
    }
}
