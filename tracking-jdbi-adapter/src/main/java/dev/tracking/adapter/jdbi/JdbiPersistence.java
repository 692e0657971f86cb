package dev.tracking.adapter.jdbi;

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
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every persistence port of the tracking core on <a href="https://jdbi.org">Jdbi 3</a>, over the tracking schema on
 * PostgreSQL 14+ or H2 2.x. Hand it to the platform's builder in one go:
 *
 * <pre>{@code
 * DataSource dataSource = ...;                                  // pooled, such as HikariCP
 * TrackingSchema.migrate(dataSource);                            // tracking-schema, or your own migration tool
 *
 * JdbiPersistence persistence = JdbiPersistence.create(dataSource);
 * TrackingPlatform platform = TrackingPlatform.builder()
 *         .persistence(persistence)
 *         .actorProvider(() -> Actor.user("jane", "ops"))
 *         .build();
 *
 * // or with a JSON mapper of your own for the events' metadata and the jobs' payloads:
 * JdbiPersistence tuned = JdbiPersistence.builder(dataSource)
 *         .jsonMapper(JsonMapper.builder().build())
 *         .build();
 * }</pre>
 *
 * <p><b>Units of work.</b> {@link #transactions()} opens one connection and one transaction per unit of work, bound
 * to the calling thread; every repository call the work makes on that thread joins it, and nested units join the
 * outermost one. When the work throws anything, the unit rolls back and the very same exception is rethrown. A
 * repository method called outside any unit runs in a short transaction of its own. A unit belongs to its thread:
 * work that hands repository calls to other threads gets separate transactions for them.
 *
 * <p><b>Errors.</b> A taken unique key surfaces as {@link dev.tracking.core.domain.common.DuplicateException} naming
 * the field, a stale version as {@link dev.tracking.core.domain.common.VersionConflictException}, an update of a
 * missing record as {@link dev.tracking.core.domain.common.NotFoundException}, a grant or override of a feature the
 * catalogue does not know as a {@link dev.tracking.core.domain.common.ValidationException} on field {@code feature}
 * (a workflow step's unknown feature on {@code advanceFeature}, a MAWB workflow's or move's unknown MAWB on
 * {@code mawbId}, a MAWB workflow's step its definition lacks on {@code currentStep}). Other database failures surface
 * as Jdbi's {@link org.jdbi.v3.core.JdbiException}.
 *
 * <p><b>Audit log.</b> Writers serialize on the one row of {@code audit_chain_head}, locked with
 * {@code SELECT ... FOR UPDATE} until their unit of work ends; this needs the default isolation level, READ COMMITTED
 * (under REPEATABLE READ or SERIALIZABLE, a writer that waited for the lock fails with a serialization error).
 * {@code AuditLog.stream} reads through a cursor, which on PostgreSQL needs auto-commit off: inside a unit of work it
 * is.
 *
 * <p><b>Jobs.</b> {@link #jobStore()} is the job table engines on any number of nodes share: claims lock due jobs
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so claimers never wait for each other nor take one job twice, and
 * take a fixed number of statements however many jobs they claim.
 *
 * <p><b>Maintenance.</b> {@link #maintenance()} creates and drops the monthly partitions of the event tables and the
 * audit log on PostgreSQL (the scheduler's clean-up job calls it); on H2 it does nothing.
 *
 * <p><b>Connections.</b> The data source's connections must use the schema the tables are in as their default schema
 * (for example {@code currentSchema=tracking} on PostgreSQL, {@code SCHEMA=TRACKING} on H2) and a UTF-8 encoding.
 * Instances are thread-safe; make one per data source and share it.
 */
public final class JdbiPersistence implements TrackingPersistence {

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
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final StorageMaintenance maintenance;

    private JdbiPersistence(Jdbi jdbi, Dialect dialect, JsonMapper jsonMapper) {
        HandleProvider handles = new ThreadBoundHandles(jdbi);
        Sql sql = new Sql(handles);
        this.carriers = new JdbiCarrierRepository(sql);
        this.fileTypes = new JdbiFileTypeRepository(sql);
        this.mawbs = new JdbiMawbRepository(sql, dialect, new HawbNumberIndex(dialect));
        this.hawbs = new JdbiHawbRepository(sql);
        this.events = new JdbiTrackingEventRepository(sql, dialect, new MetadataJson(jsonMapper));
        this.attachments = new JdbiAttachmentRepository(sql);
        this.bills = new JdbiBillRepository(sql);
        this.permissions = new JdbiPermissionRepository(sql, dialect);
        this.workflowDefinitions = new JdbiWorkflowDefinitionRepository(sql);
        this.mawbWorkflows = new JdbiMawbWorkflowRepository(sql);
        this.jobStore = new JdbiJobStore(sql, dialect, new MetadataJson(jsonMapper));
        this.auditLog = new JdbiAuditLog(handles, dialect, new AuditJson(jsonMapper));
        this.transactions = new JdbiTransactionRunner(handles);
        this.maintenance = new JdbiStorageMaintenance(sql, dialect);
    }

    /**
     * The adapter over {@code dataSource} with the defaults; the same as {@code builder(dataSource).build()}.
     *
     * @param dataSource pooled connections to the database holding the tracking schema
     * @return the adapter, ready to use
     * @throws NullPointerException  when {@code dataSource} is null
     * @throws IllegalStateException when the database cannot be reached or is neither PostgreSQL nor H2
     */
    public static JdbiPersistence create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts configuring the adapter over {@code dataSource}.
     *
     * @param dataSource pooled connections to the database holding the tracking schema
     * @return a builder with the defaults
     * @throws NullPointerException when {@code dataSource} is null
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

    /**
     * {@inheritDoc}
     *
     * <p>Jobs are rows of {@code scheduled_jobs}, their attempts rows of {@code scheduled_job_attempts}, the paused
     * types rows of {@code job_type_pauses}. Every method runs on the handle of the calling thread's unit of work, or
     * in a short unit of its own when none is open; {@link #jobScheduler()} is this same store.
     * <ul>
     *   <li><b>Scheduling.</b> The payload is a JSON object. A key already live is answered with {@code false}
     *       without failing the unit of work (PostgreSQL: {@code ON CONFLICT ... DO NOTHING}; H2: a look-up, then an
     *       insert under a savepoint). A job cancelled by key prefix gets the database's current time as its
     *       {@code updated_at}, never earlier than it was: the scheduler port passes no clock.</li>
     *   <li><b>Claiming.</b> Due jobs are locked with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so engines on any
     *       number of nodes claim disjoint jobs without waiting for each other. On PostgreSQL a claim is one
     *       statement (lock, update, open the attempts, return the jobs), which finds the due jobs through
     *       {@code scheduled_jobs_due_idx}; on H2 it is three. Completing, failing, releasing and extending leases
     *       take one statement on PostgreSQL and at most two on H2, however many jobs they concern; each changes only
     *       the jobs the owner still holds ({@code status = 'RUNNING' AND lease_owner = owner}).</li>
     *   <li><b>Errors.</b> Error texts are cut to 4000 characters. A retry that would give a live idempotency key to
     *       a second job is a {@link dev.tracking.core.domain.common.DuplicateException} on
     *       {@code idempotencyKey}; it changes nothing and leaves the caller's unit of work usable.</li>
     * </ul>
     */
    @Override
    public JobStore jobStore() {
        return jobStore;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    /**
     * Keeps the storage in shape; the scheduler's clean-up job calls it. On PostgreSQL it calls the schema's
     * functions: {@code ensurePartitions} runs {@code tracking_ensure_partitions(months_ahead, from_month)}, which
     * creates the monthly partitions of {@code mawb_events}, {@code hawb_events} and {@code audit_log} from
     * {@code from}'s month to {@code monthsAhead} months later (at most 120) and moves rows the default partitions
     * took for those months into them; {@code dropEventPartitionsBefore} runs
     * {@code tracking_drop_partitions(parent_table, older_than)} for {@code mawb_events} and {@code hawb_events},
     * dropping their whole months before the date and the dedupe keys claimed in them (the audit log is kept). On H2,
     * which partitions nothing, both do nothing and return 0. Each call joins the calling thread's unit of work, or
     * runs in one of its own; the partition DDL takes locks on the event tables until that unit ends.
     *
     * @return the storage maintenance of this database
     */
    public StorageMaintenance maintenance() {
        return maintenance;
    }

    /**
     * Configures a {@link JdbiPersistence}. {@link #build()} fails fast: it connects once to find out which database
     * it talks to, and refuses any but PostgreSQL and H2.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private JsonMapper jsonMapper;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The Jackson 3 mapper that writes and reads the JSON columns: the events' metadata and the scheduled jobs'
         * payloads (flat JSON objects of strings) and the audit entries' changes and context. Default:
         * {@code JsonMapper.builder().build()}.
         *
         * @param mapper the mapper to use
         * @return this builder
         * @throws NullPointerException when {@code mapper} is null
         */
        public Builder jsonMapper(JsonMapper mapper) {
            this.jsonMapper = Objects.requireNonNull(mapper, "jsonMapper");
            return this;
        }

        /**
         * The adapter.
         *
         * @return the adapter, ready to use
         * @throws IllegalStateException when the database cannot be reached or is neither PostgreSQL nor H2
         */
        public JdbiPersistence build() {
            Dialect dialect = Dialect.of(dataSource);
            Jdbi jdbi = Jdbi.create(dataSource)
                    .registerArgument(new InstantArgumentFactory())
                    .registerArgument(new UuidArgumentFactory());
            return new JdbiPersistence(jdbi, dialect, jsonMapper != null ? jsonMapper : JsonMapper.builder().build());
        }
    }
}
