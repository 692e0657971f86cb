package dev.tracking.adapter.jpa;

import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every persistence port of the tracking core on Jakarta Persistence 3.2 and Hibernate 7, over the tracking schema
 * (module {@code tracking-schema}, migrated by Flyway) on PostgreSQL 14+ or H2 2.x.
 *
 * <pre>{@code
 * TrackingSchema.migrate(dataSource);                           // Flyway: this adapter never writes DDL
 * try (JpaPersistence persistence = JpaPersistence.create(dataSource)) {
 *     TrackingPlatform platform = TrackingPlatform.builder()
 *             .persistence(persistence)
 *             .actorProvider(() -> Actor.user("jane", "ops"))
 *             .build();
 *     ...
 * }
 *
 * // with options
 * JpaPersistence persistence = JpaPersistence.builder(dataSource)
 *         .schema("tracking")                                   // where TrackingSchema put the tables
 *         .jsonMapper(JsonMapper.builder().build())             // Jackson 3, for the JSON columns
 *         .hibernateProperty("hibernate.generate_statistics", true)
 *         .build();
 * }</pre>
 *
 * <p><b>Start-up.</b> Building one creates an {@link EntityManagerFactory} over the adapter's entities and validates
 * the mapping against the database ({@code hibernate.hbm2ddl.auto=validate}): a schema that is missing or older than
 * this adapter fails {@link Builder#build()} with an {@link IllegalStateException} naming what is wrong.
 *
 * <p><b>Units of work.</b> {@link #transactions()} opens one {@code EntityManager} and one resource-local transaction
 * per unit of work, bound to the calling thread; repository calls inside it join it, a repository call outside any
 * unit runs in a short unit of its own. The instance is thread-safe: each thread has its own units. Every write is
 * flushed before the repository method returns, so a {@code DuplicateException} or {@code VersionConflictException}
 * arrives from the call that caused it. As JPA defines it, a statement that failed dooms its unit: work that catches
 * such an exception and goes on ends in a rollback ({@link jakarta.persistence.RollbackException}), never in a
 * silent partial commit.
 *
 * <p><b>Events.</b> {@code events().insertNew} stores an event only when its dedupe key is new, also when callers race:
 * the second caller waits for the first one's transaction (on H2 at most its {@code LOCK_TIMEOUT}, 2 seconds by
 * default, after which it fails) and then skips the key, or takes it when the first rolled back.
 *
 * <p><b>Audit log.</b> {@code auditLog().lockHead()} locks the one row of {@code audit_chain_head}
 * ({@code SELECT ... FOR UPDATE}) until the unit of work ends, recreating it from the last entry when it is missing;
 * {@code append} moves that head and inserts the entries in JDBC batches; {@code stream} reads through a database
 * cursor, a thousand rows at a time, without keeping the rows in the persistence context. On H2 a writer waits for
 * the head at most H2's {@code LOCK_TIMEOUT}.
 *
 * <p><b>Permissions.</b> Grants and overrides of a feature the catalogue ({@code features}) does not know are refused
 * by the schema's foreign keys and arrive as a {@code ValidationException} on {@code feature}.
 *
 * <p><b>Workflows.</b> {@code workflowDefinitions().insert} refuses a code and version stored already
 * ({@code DuplicateException}) and a step whose advance feature the catalogue lacks ({@code ValidationException} on
 * {@code advanceFeature}) before it writes anything; {@code find} and {@code findLatest} read a definition with all its
 * steps in one query. {@code mawbWorkflows().update} is optimistic ({@code VersionConflictException} from a stale
 * version) and refuses a step the workflow's definition lacks ({@code ValidationException} on {@code currentStep}),
 * again before it writes; a second workflow of a MAWB, or a second move with one sequence number, is a
 * {@code DuplicateException}.
 *
 * <p><b>Jobs.</b> {@code jobStore().schedule} (and {@code jobScheduler()}, the same instance) skips a job whose
 * idempotency key a live job (pending, running or waiting to retry) has, and returns false, without failing a
 * statement, so the caller's unit of work goes on; a caller racing another one for the same key waits for it (on H2
 * at most its {@code LOCK_TIMEOUT}), then skips the key or takes it when the other rolled back. A job's payload is a
 * JSON object written by the configured {@link Builder#jsonMapper JSON mapper}. {@code cancel} and {@code pending}
 * take the key prefix literally ({@code %}, {@code _} and {@code \} included); {@code cancel} stamps
 * {@code updated_at} with the database's current timestamp. {@code claimDue} takes the due jobs in three statements
 * whatever their number: a {@code SELECT ... FOR UPDATE SKIP LOCKED} of the soonest due jobs (on PostgreSQL
 * {@code FOR NO KEY UPDATE ... SKIP LOCKED}; on H2, which would lock every due row before applying the limit, only
 * the soonest rows, chosen in a subquery, are locked), so that engines claiming at once never wait for nor share a
 * job, one update of the claimed rows and one {@code INSERT ... SELECT} of their attempts. The ends of a
 * run ({@code complete}, {@code release}, {@code extendLeases}, {@code fail}) are bulk updates guarded by the owner's
 * lease, so an owner whose lease was taken over changes nothing. Times are stored to the microsecond (cut, not
 * rounded) and errors to 4000 characters; a job's attempts go with it when it is purged.
 *
 * <p><b>Storage maintenance.</b> {@link #maintenance()} creates and drops the monthly partitions on PostgreSQL and
 * does nothing on H2.
 *
 * <p><b>Closing.</b> The instance owns the entity manager factory it built; {@link #close()} closes it (not the
 * data source, which stays the host's).
 */
public final class JpaPersistence implements TrackingPersistence, AutoCloseable {

    private final EntityManagerFactory entityManagerFactory;
    private final CarrierRepository carriers;
    private final FileTypeRepository fileTypes;
    private final MawbRepository mawbs;
    private final HawbRepository hawbs;
    private final TrackingEventRepository events;
    private final AttachmentRepository attachments;
    private final BillRepository bills;
    private final PermissionRepository permissions;
    private final WorkflowDefinitionRepository workflowDefinitions;
    private final MawbWorkflowRepository mawbWorkflows;
    private final JobStore jobStore;
    private final StorageMaintenance maintenance;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final EntityManagerBinding units;

    private JpaPersistence(EntityManagerFactory entityManagerFactory, SupportedDatabase database, String schema,
            JsonMapper jsonMapper) {
        this.entityManagerFactory = entityManagerFactory;
        this.units = new ThreadBoundEntityManagers(entityManagerFactory);
        this.carriers = new JpaCarrierRepository(units);
        this.fileTypes = new JpaFileTypeRepository(units);
        this.mawbs = new JpaMawbRepository(units, database == SupportedDatabase.POSTGRESQL
                ? new PostgresMawbStatusUpdates(qualified(schema, "mawbs")) : null,
                new HawbNumberIndex(database, qualified(schema, "hawbs_hawb_number_trgm_idx")));
        this.hawbs = new JpaHawbRepository(units);
        this.events = new JpaTrackingEventRepository(units,
                database.dedupeKeyClaims(qualified(schema, "event_dedupe_keys")),
                database == SupportedDatabase.POSTGRESQL ? JpaTrackingEventRepository.arrayInserts(
                        qualified(schema, "mawb_events"), qualified(schema, "hawb_events"), jsonMapper) : Map.of());
        this.attachments = new JpaAttachmentRepository(units);
        this.bills = new JpaBillRepository(units);
        this.permissions = new JpaPermissionRepository(units, database, qualified(schema, "features"),
                qualified(schema, "user_overrides"));
        this.workflowDefinitions = new JpaWorkflowDefinitionRepository(units);
        this.mawbWorkflows = new JpaMawbWorkflowRepository(units);
        this.jobStore = new JpaJobStore(units, database.locksBeforeLimiting(),
                database.scheduledJobInserts(qualified(schema, "scheduled_jobs")),
                new JobTypePauses(database, qualified(schema, "job_type_pauses")), jsonMapper);
        this.maintenance = database.storageMaintenance(units, qualified(schema, "tracking_ensure_partitions"),
                qualified(schema, "tracking_drop_partitions"));
        this.auditLog = new JpaAuditLog(units, new ChainHeadRow(database, qualified(schema, "audit_chain_head")),
                database == SupportedDatabase.POSTGRESQL
                        ? JpaAuditLog.arrayInsert(qualified(schema, "audit_log"), jsonMapper) : null);
        this.transactions = new JpaTransactionRunner(units);
    }

    /**
     * The ports over the tables of {@code dataSource}'s default schema, with the default options.
     *
     * @param dataSource the host's pooled data source over the migrated tracking schema; stays the host's to close
     * @return the ports, ready to use; close them when done
     * @throws IllegalStateException when the database cannot be reached, is neither PostgreSQL nor H2, or its schema
     *                               does not match this adapter's mapping
     */
    public static JpaPersistence create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts a configuration with options; {@link Builder#build()} makes the instance.
     *
     * @param dataSource the host's pooled data source over the migrated tracking schema; stays the host's to close
     * @return a builder with every option at its default
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public CarrierRepository carriers() {
        return carriers;
    }

    @Override
    public FileTypeRepository fileTypes() {
        return fileTypes;
    }

    @Override
    public MawbRepository mawbs() {
        return mawbs;
    }

    @Override
    public HawbRepository hawbs() {
        return hawbs;
    }

    @Override
    public TrackingEventRepository events() {
        return events;
    }

    @Override
    public AttachmentRepository attachments() {
        return attachments;
    }

    @Override
    public BillRepository bills() {
        return bills;
    }

    @Override
    public PermissionRepository permissions() {
        return permissions;
    }

    @Override
    public WorkflowDefinitionRepository workflowDefinitions() {
        return workflowDefinitions;
    }

    @Override
    public MawbWorkflowRepository mawbWorkflows() {
        return mawbWorkflows;
    }

    /** The job table; {@link #jobScheduler()} is the same instance, as the workflow schedules reminders on it. */
    @Override
    public JobStore jobStore() {
        return jobStore;
    }

    /**
     * Keeps the storage in shape, in the caller's unit of work or in one of its own. On PostgreSQL it calls the
     * schema's partition routines: {@code tracking_ensure_partitions} creates the monthly partitions of
     * {@code mawb_events}, {@code hawb_events} and {@code audit_log} that are missing, and
     * {@code tracking_drop_partitions} drops the months of {@code mawb_events} and {@code hawb_events} (with their
     * dedupe keys) that lie wholly before a date, never the audit log's; both are named with the {@link Builder#schema
     * schema} when one is configured. On H2, which keeps nothing partitioned, it does nothing and reports 0.
     *
     * @return the maintenance the host's (or the scheduler's) clean-up job calls
     */
    public StorageMaintenance maintenance() {
        return maintenance;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    /** Closes the entity manager factory this instance built; closing twice does nothing. */
    @Override
    public void close() {
        if (entityManagerFactory.isOpen()) {
            entityManagerFactory.close();
        }
    }

    /** The factory behind the ports, for this package's tests (statistics). */
    EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** The units of work behind the ports, for this package's tests (the current unit's persistence context). */
    EntityManagerBinding units() {
        return units;
    }

    /** A table's name as native SQL must write it: qualified with the configured schema, if any. */
    private static String qualified(String schema, String table) {
        return schema == null ? table : schema + "." + table;
    }

    /** Options of a {@link JpaPersistence}; every one has a default. Not thread-safe; build once. */
    public static final class Builder {

        private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

        private final DataSource dataSource;
        private String schema;
        private JsonMapper jsonMapper = JsonMapper.builder().build();
        private final Map<String, Object> hibernateProperties = new LinkedHashMap<>();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The schema the tracking tables are in, as given to {@code TrackingSchema.configure(..).schema(..)}; every
         * table name is qualified with it. Default: none, the tables are looked up in the connections' current schema.
         *
         * @param schemaName a plain SQL identifier, or null for the connections' current schema
         * @return this builder
         * @throws IllegalArgumentException when it is not a plain SQL identifier
         */
        public Builder schema(String schemaName) {
            if (schemaName != null && !SCHEMA_NAME.matcher(schemaName).matches()) {
                throw new IllegalArgumentException("schema must be a plain SQL identifier, not '" + schemaName + "'");
            }
            this.schema = schemaName;
            return this;
        }

        /**
         * The Jackson 3 mapper that writes and reads the JSON columns: the events' metadata and the jobs' payloads
         * (flat JSON objects of strings) and the audit entries' changes and context. The audit JSON keeps its shape
         * ({@code {"path": {"before": ..., "after": ...}}}, nulls written) whatever this mapper's defaults for
         * inclusion, property order or naming.
         *
         * @param mapper the mapper; default {@code JsonMapper.builder().build()}
         * @return this builder
         */
        public Builder jsonMapper(JsonMapper mapper) {
            this.jsonMapper = Objects.requireNonNull(mapper, "jsonMapper");
            return this;
        }

        /**
         * An extra Hibernate or Jakarta Persistence property, such as {@code hibernate.generate_statistics} or
         * {@code hibernate.jdbc.batch_size}; it overrides the adapter's default for the same name.
         *
         * @param name  the property's name
         * @param value its value, as Hibernate accepts it (a string or an object of the expected type)
         * @return this builder
         * @throws IllegalArgumentException for the settings the adapter fixes: schema management (it only ever
         *                                  validates), the naming strategy, the data source, the JSON format mapper
         *                                  and the default schema (use {@link #schema})
         */
        public Builder hibernateProperty(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (TrackingEntityManagerFactory.FIXED_SETTINGS.contains(name)) {
                throw new IllegalArgumentException(name + " is fixed by the JPA tracking persistence");
            }
            hibernateProperties.put(name, value);
            return this;
        }

        /**
         * Builds the entity manager factory and validates the mapping against the schema.
         *
         * @return the ports; the instance owns the entity manager factory and closes it in {@link JpaPersistence#close()}
         * @throws IllegalStateException when the database cannot be reached, is neither PostgreSQL nor H2, or its
         *                               schema does not match this adapter's mapping
         */
        public JpaPersistence build() {
            SupportedDatabase database = SupportedDatabase.of(dataSource);
            EntityManagerFactory factory = TrackingEntityManagerFactory.create(dataSource, schema, jsonMapper,
                    hibernateProperties);
            return new JpaPersistence(factory, database, schema, jsonMapper);
        }
    }
}
