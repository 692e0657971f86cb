package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an {@link InMemoryStore}. Domain records are immutable, so a copy of the maps is a consistent snapshot.
 * Only touched while holding the store's lock.
 */
final class Tables {

    /** An event's unique key, as the unique index {@code (subject, dedupe_key)} of a SQL schema. */
    record EventKey(ShipmentRef subject, String dedupeKey) {
    }

    final Map<String, Carrier> carriers;
    final Map<String, FileType> fileTypes;
    final Map<MawbId, Mawb> mawbs;
    final Map<HawbId, Hawb> hawbs;
    final Map<EventId, TrackingEvent> events;
    final Set<EventKey> eventKeys;
    final Map<AttachmentId, Attachment> attachments;
    final Map<BillId, Bill> bills;
    /** Feature code to description. */
    final Map<String, String> features;
    /** Keyed "role/feature" and "user/feature", as the tables' primary keys. */
    final Map<String, RoleGrant> grants;
    final Map<String, UserOverride> overrides;
    /** Workflow definitions by code, then version. */
    final Map<String, WorkflowDefinition> workflowDefinitions;
    final Map<MawbId, MawbWorkflow> mawbWorkflows;
    /** Keyed "mawbId/seq", as the table's primary key. */
    final Map<String, WorkflowTransition> transitions;
    final Map<UUID, dev.tracking.core.domain.job.Job> jobs;
    final List<dev.tracking.core.domain.job.JobAttempt> jobAttempts;
    /** Paused job type to when it was paused. */
    final Map<String, java.time.Instant> pausedTypes;
    /** The audit chain in seq order; entries are never changed, so a snapshot shares them. */
    final List<AuditEntry> audit;
    /** The chain head; null once lost ({@link InMemoryAuditLog#deleteHead()}), until the next lock rebuilds it. */
    ChainHead auditHead;

    Tables() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(),
                new HashMap<>(), new HashMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(),
                new TreeMap<>(), new ArrayList<>(), ChainHead.EMPTY);
    }

    private Tables(Map<String, Carrier> carriers, Map<String, FileType> fileTypes, Map<MawbId, Mawb> mawbs,
            Map<HawbId, Hawb> hawbs, Map<EventId, TrackingEvent> events, Set<EventKey> eventKeys,
            Map<AttachmentId, Attachment> attachments, Map<BillId, Bill> bills, Map<String, String> features,
            Map<String, RoleGrant> grants, Map<String, UserOverride> overrides,
            Map<String, WorkflowDefinition> workflowDefinitions, Map<MawbId, MawbWorkflow> mawbWorkflows,
            Map<String, WorkflowTransition> transitions, Map<UUID, dev.tracking.core.domain.job.Job> jobs,
            List<dev.tracking.core.domain.job.JobAttempt> jobAttempts, Map<String, java.time.Instant> pausedTypes,
            List<AuditEntry> audit, ChainHead auditHead) {
        this.carriers = carriers;
        this.fileTypes = fileTypes;
        this.mawbs = mawbs;
        this.hawbs = hawbs;
        this.events = events;
        this.eventKeys = eventKeys;
        this.attachments = attachments;
        this.bills = bills;
        this.features = features;
        this.grants = grants;
        this.overrides = overrides;
        this.workflowDefinitions = workflowDefinitions;
        this.mawbWorkflows = mawbWorkflows;
        this.transitions = transitions;
        this.jobs = jobs;
        this.jobAttempts = jobAttempts;
        this.pausedTypes = pausedTypes;
        this.audit = audit;
        this.auditHead = auditHead;
    }

    Tables copy() {
        return new Tables(new HashMap<>(carriers), new HashMap<>(fileTypes), new HashMap<>(mawbs),
                new HashMap<>(hawbs), new HashMap<>(events), new HashSet<>(eventKeys), new HashMap<>(attachments),
                new HashMap<>(bills), new TreeMap<>(features), new TreeMap<>(grants), new TreeMap<>(overrides),
                new HashMap<>(workflowDefinitions), new HashMap<>(mawbWorkflows), new HashMap<>(transitions),
                new HashMap<>(jobs), new ArrayList<>(jobAttempts), new TreeMap<>(pausedTypes),
                new ArrayList<>(audit), auditHead);
    }
}
