package dev.tracking.core;

import dev.tracking.core.application.AttachmentService;
import dev.tracking.core.application.AuditRecorder;
import dev.tracking.core.application.AuditService;
import dev.tracking.core.application.AuditedRepositories;
import dev.tracking.core.application.Authorization;
import dev.tracking.core.application.PermissionService;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.port.in.audit.AuditUseCases;
import dev.tracking.core.port.in.permission.PermissionUseCases;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.RequestContextProvider;
import java.time.Duration;
import dev.tracking.core.application.BillService;
import dev.tracking.core.application.CarrierService;
import dev.tracking.core.application.DashboardService;
import dev.tracking.core.application.EventService;
import dev.tracking.core.application.FileTypeService;
import dev.tracking.core.application.HawbService;
import dev.tracking.core.application.MawbService;
import dev.tracking.core.application.ServiceSupport;
import dev.tracking.core.application.WorkflowDefinitions;
import dev.tracking.core.application.WorkflowModule;
import dev.tracking.core.domain.reminder.ReminderPolicies;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.port.in.reminder.ReminderUseCases;
import dev.tracking.core.port.in.workflow.WorkflowUseCases;
import dev.tracking.core.port.out.BusinessCalendar;
import dev.tracking.core.port.out.JobScheduler;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.in.job.JobUseCases;
import dev.tracking.core.application.JobService;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.internal.SynchronousEventBus;
import dev.tracking.core.internal.TimeOrderedIdGenerator;
import dev.tracking.core.port.in.attachment.AttachmentUseCases;
import dev.tracking.core.port.in.bill.BillUseCases;
import dev.tracking.core.port.in.carrier.CarrierUseCases;
import dev.tracking.core.port.in.dashboard.DashboardQuery;
import dev.tracking.core.port.in.event.EventUseCases;
import dev.tracking.core.port.in.filetype.FileTypeUseCases;
import dev.tracking.core.port.in.hawb.HawbUseCases;
import dev.tracking.core.port.in.mawb.MawbUseCases;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.core.port.out.TransactionRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tracking platform composed by hand, without a framework:
 *
 * <pre>{@code
 * TrackingPlatform platform = TrackingPlatform.builder()
 *         .persistence(persistence)   // every repository and the transaction runner of one adapter
 *         .actorProvider(() -> Actor.user(currentUserId(), "ops"))
 *         .build();
 * platform.mawbs().create(command);
 * }</pre>
 *
 * The repositories, the transaction runner and the actor provider are required; {@link #builder()}'s
 * {@code build()} names every one that is missing. The clock defaults to UTC system time, ids to time-ordered UUIDs,
 * airport time zones to the built-in table and domain events to an in-process bus ({@link #subscribe}).
 */
public final class TrackingPlatform {

    private final MawbUseCases mawbs;
    private final HawbUseCases hawbs;
    private final EventUseCases events;
    private final CarrierUseCases carriers;
    private final FileTypeUseCases fileTypes;
    private final BillUseCases bills;
    private final AttachmentUseCases attachments;
    private final DashboardQuery dashboard;
    private final AuditUseCases audit;
    private final PermissionUseCases permissions;
    private final WorkflowUseCases workflows;
    private final ReminderUseCases reminders;
    private final JobUseCases jobs;
    private final DomainEventPublisher publisher;

    private TrackingPlatform(Builder b) {
        Authorization authorization = new Authorization(b.permissions, b.actorProvider, b.clock,
                b.permissionCacheTtl);
        AuditRecorder recorder = new AuditRecorder(b.auditLog, b.auditSettings, b.clock, b.actorProvider,
                b.requestContextProvider);
        AuditedRepositories r = AuditedRepositories.wrap(b.carriers, b.fileTypes, b.mawbs, b.hawbs, b.events,
                b.attachments, b.bills, b.permissions, b.workflowDefinitions, b.mawbWorkflows, b.transactions,
                recorder);
        IdGenerator ids = b.idGenerator != null ? b.idGenerator : new TimeOrderedIdGenerator(b.clock);
        ServiceSupport toHost = new ServiceSupport(r.transactions(), b.clock, b.actorProvider, ids, b.publisher,
                authorization);
        WorkflowModule workflow = new WorkflowModule(r, b.jobScheduler != null ? b.jobScheduler : b.jobStore, b.reminderPolicies, b.airportTimeZones,
                b.businessCalendar, b.notifier, b.workflowCode, b.workflowDefinitionCacheTtl, toHost);
        ServiceSupport support = new ServiceSupport(r.transactions(), b.clock, b.actorProvider, ids,
                workflow.reactions(), authorization);
        this.publisher = b.publisher;
        this.mawbs = new MawbService(r.mawbs(), r.carriers(), support);
        this.hawbs = new HawbService(r.hawbs(), r.mawbs(), support);
        this.events = new EventService(r.events(), r.mawbs(), r.hawbs(), support);
        this.carriers = new CarrierService(r.carriers(), support);
        this.fileTypes = new FileTypeService(r.fileTypes(), support);
        this.bills = new BillService(r.bills(), r.mawbs(), support);
        this.attachments = new AttachmentService(r.attachments(), r.fileTypes(), r.mawbs(), r.hawbs(), support);
        this.dashboard = new DashboardService(r.mawbs(), r.bills(), b.airportTimeZones, support);
        this.audit = new AuditService(b.auditLog, support);
        this.permissions = new PermissionService(r.permissions(), authorization, support);
        this.workflows = workflow.workflowUseCases(support);
        this.reminders = workflow.reminderUseCases(support);
        this.jobs = new JobService(b.jobStore, recorder, support);
    }

    public static Builder builder() {
        return new Builder();
    }

    public MawbUseCases mawbs() {
        return mawbs;
    }

    public HawbUseCases hawbs() {
        return hawbs;
    }

    public EventUseCases events() {
        return events;
    }

    public CarrierUseCases carriers() {
        return carriers;
    }

    public FileTypeUseCases fileTypes() {
        return fileTypes;
    }

    public BillUseCases bills() {
        return bills;
    }

    public AttachmentUseCases attachments() {
        return attachments;
    }

    public DashboardQuery dashboard() {
        return dashboard;
    }

    public AuditUseCases audit() {
        return audit;
    }

    public PermissionUseCases permissions() {
        return permissions;
    }

    /** A MAWB's SOP workflow: status, advancing, definitions. */
    public WorkflowUseCases workflows() {
        return workflows;
    }

    /** Reminders that came due (the job engine calls these). */
    public ReminderUseCases reminders() {
        return reminders;
    }

    /** The persistent jobs: list, details with attempts, retry, cancel, pause, statistics. */
    public JobUseCases jobs() {
        return jobs;
    }

    /**
     * Calls {@code listener} for every domain event of the type, in the thread and unit of work that made it.
     *
     * @throws IllegalStateException when the host replaced the event publisher: subscribe to the host's own then
     */
    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        if (!(publisher instanceof SynchronousEventBus bus)) {
            throw new IllegalStateException("events go to the host's own DomainEventPublisher; subscribe there");
        }
        bus.subscribe(type, listener);
    }

    /** Composes a {@link TrackingPlatform}; fails fast, naming every missing port. */
    public static final class Builder {
        private CarrierRepository carriers;
        private FileTypeRepository fileTypes;
        private MawbRepository mawbs;
        private HawbRepository hawbs;
        private TrackingEventRepository events;
        private AttachmentRepository attachments;
        private BillRepository bills;
        private PermissionRepository permissions;
        private WorkflowDefinitionRepository workflowDefinitions;
        private MawbWorkflowRepository mawbWorkflows;
        private JobStore jobStore;
        private JobScheduler jobScheduler;
        private AuditLog auditLog;
        private TransactionRunner transactions;
        private ActorProvider actorProvider;
        private Clock clock = Clock.systemUTC();
        private IdGenerator idGenerator;
        private AirportTimeZones airportTimeZones = AirportTimeZones.builtIn();
        private DomainEventPublisher publisher = new SynchronousEventBus();
        private RequestContextProvider requestContextProvider = RequestContextProvider.none();
        private AuditSettings auditSettings = AuditSettings.defaults();
        private Duration permissionCacheTtl = Authorization.DEFAULT_CACHE_TTL;
        private Notifier notifier = Notifier.logging();
        private BusinessCalendar businessCalendar = BusinessCalendar.weekendsOnly();
        private ReminderPolicies reminderPolicies = ReminderPolicies.standard();
        private String workflowCode = DefaultWorkflows.US_AIR_IMPORT;
        private Duration workflowDefinitionCacheTtl = WorkflowDefinitions.DEFAULT_LATEST_TTL;

        private Builder() {
        }

        /** Takes every persistence port from one adapter; null leaves them unset, for build() to name. */
        public Builder persistence(TrackingPersistence persistence) {
            if (persistence == null) {
                return this;
            }
            return carriers(persistence.carriers())
                    .fileTypes(persistence.fileTypes())
                    .mawbs(persistence.mawbs())
                    .hawbs(persistence.hawbs())
                    .events(persistence.events())
                    .attachments(persistence.attachments())
                    .bills(persistence.bills())
                    .permissions(persistence.permissions())
                    .workflowDefinitions(persistence.workflowDefinitions())
                    .mawbWorkflows(persistence.mawbWorkflows())
                    .jobStore(persistence.jobStore())
                    .auditLog(persistence.auditLog())
                    .transactions(persistence.transactions());
        }

        public Builder carriers(CarrierRepository repository) {
            this.carriers = repository;
            return this;
        }

        public Builder fileTypes(FileTypeRepository repository) {
            this.fileTypes = repository;
            return this;
        }

        public Builder mawbs(MawbRepository repository) {
            this.mawbs = repository;
            return this;
        }

        public Builder hawbs(HawbRepository repository) {
            this.hawbs = repository;
            return this;
        }

        public Builder events(TrackingEventRepository repository) {
            this.events = repository;
            return this;
        }

        public Builder attachments(AttachmentRepository repository) {
            this.attachments = repository;
            return this;
        }

        public Builder bills(BillRepository repository) {
            this.bills = repository;
            return this;
        }

        public Builder permissions(PermissionRepository repository) {
            this.permissions = repository;
            return this;
        }

        public Builder workflowDefinitions(WorkflowDefinitionRepository repository) {
            this.workflowDefinitions = repository;
            return this;
        }

        public Builder mawbWorkflows(MawbWorkflowRepository repository) {
            this.mawbWorkflows = repository;
            return this;
        }

        /** The job table; it must join the units of work of the repositories. */
        public Builder jobStore(JobStore store) {
            this.jobStore = store;
            return this;
        }

        /**
         * Where reminders are scheduled, when not on the job store (a host's own scheduler); it must join the units of
         * work of the repositories. Default: the job store.
         */
        public Builder jobScheduler(JobScheduler scheduler) {
            this.jobScheduler = scheduler;
            return this;
        }

        /** Who hears about reminders that fire; default {@link Notifier#logging()}. */
        public Builder notifier(Notifier newNotifier) {
            this.notifier = newNotifier;
            return this;
        }

        /** The working days reminders land on; default {@link BusinessCalendar#weekendsOnly()}. */
        public Builder businessCalendar(BusinessCalendar calendar) {
            this.businessCalendar = calendar;
            return this;
        }

        /** The reminder policies, each replaceable; default {@link ReminderPolicies#standard()}. */
        public Builder reminderPolicies(ReminderPolicies policies) {
            this.reminderPolicies = policies;
            return this;
        }

        /**
         * The workflow new MAWBs start on (its latest version); default {@link DefaultWorkflows#US_AIR_IMPORT}, which
         * the schema seeds.
         */
        public Builder workflowCode(String code) {
            this.workflowCode = code;
            return this;
        }

        /**
         * How long this node keeps believing a version is a workflow's latest; versions defined on other nodes are
         * used for new MAWBs within it. Default {@link WorkflowDefinitions#DEFAULT_LATEST_TTL}.
         */
        public Builder workflowDefinitionCacheTtl(Duration ttl) {
            this.workflowDefinitionCacheTtl = ttl;
            return this;
        }

        public Builder auditLog(AuditLog log) {
            this.auditLog = log;
            return this;
        }

        /** Where audit entries take their correlation id and request attributes from; default: none. */
        public Builder requestContextProvider(RequestContextProvider provider) {
            this.requestContextProvider = provider;
            return this;
        }

        /** Which records are audited and which fields redacted; default: all records, the default redaction. */
        public Builder auditSettings(AuditSettings settings) {
            this.auditSettings = settings;
            return this;
        }

        /**
         * How long a user's evaluated features are cached; changes made on other nodes take effect within it.
         * Default {@link Authorization#DEFAULT_CACHE_TTL}.
         */
        public Builder permissionCacheTtl(Duration ttl) {
            this.permissionCacheTtl = ttl;
            return this;
        }

        public Builder transactions(TransactionRunner runner) {
            this.transactions = runner;
            return this;
        }

        public Builder actorProvider(ActorProvider provider) {
            this.actorProvider = provider;
            return this;
        }

        /** The clock every timestamp and "today" comes from; default UTC system time. */
        public Builder clock(Clock newClock) {
            this.clock = newClock;
            return this;
        }

        /** Default: time-ordered UUIDs (version 7) from the clock. */
        public Builder idGenerator(IdGenerator generator) {
            this.idGenerator = generator;
            return this;
        }

        /** Default: {@link AirportTimeZones#builtIn()}. */
        public Builder airportTimeZones(AirportTimeZones zones) {
            this.airportTimeZones = zones;
            return this;
        }

        /** Default: an in-process bus that {@link TrackingPlatform#subscribe} registers listeners with. */
        public Builder domainEventPublisher(DomainEventPublisher eventPublisher) {
            this.publisher = eventPublisher;
            return this;
        }

        /** @throws PlatformConfigurationException naming every port that is missing */
        public TrackingPlatform build() {
            List<String> missing = new ArrayList<>();
            require(carriers, "carriers (CarrierRepository)", missing);
            require(fileTypes, "fileTypes (FileTypeRepository)", missing);
            require(mawbs, "mawbs (MawbRepository)", missing);
            require(hawbs, "hawbs (HawbRepository)", missing);
            require(events, "events (TrackingEventRepository)", missing);
            require(attachments, "attachments (AttachmentRepository)", missing);
            require(bills, "bills (BillRepository)", missing);
            require(permissions, "permissions (PermissionRepository)", missing);
            require(workflowDefinitions, "workflowDefinitions (WorkflowDefinitionRepository)", missing);
            require(mawbWorkflows, "mawbWorkflows (MawbWorkflowRepository)", missing);
            require(jobStore, "jobStore (JobStore)", missing);
            require(auditLog, "auditLog (AuditLog)", missing);
            require(transactions, "transactions (TransactionRunner)", missing);
            require(actorProvider, "actorProvider (ActorProvider)", missing);
            require(clock, "clock (Clock)", missing);
            require(airportTimeZones, "airportTimeZones (AirportTimeZones)", missing);
            require(publisher, "domainEventPublisher (DomainEventPublisher)", missing);
            require(requestContextProvider, "requestContextProvider (RequestContextProvider)", missing);
            require(auditSettings, "auditSettings (AuditSettings)", missing);
            require(permissionCacheTtl, "permissionCacheTtl (Duration)", missing);
            require(notifier, "notifier (Notifier)", missing);
            require(businessCalendar, "businessCalendar (BusinessCalendar)", missing);
            require(reminderPolicies, "reminderPolicies (ReminderPolicies)", missing);
            require(workflowCode, "workflowCode (String)", missing);
            require(workflowDefinitionCacheTtl, "workflowDefinitionCacheTtl (Duration)", missing);
            if (!missing.isEmpty()) {
                throw new PlatformConfigurationException(missing);
            }
            return new TrackingPlatform(this);
        }

        private static void require(Object port, String name, List<String> missing) {
            if (port == null) {
                missing.add(name);
            }
        }
    }
}
