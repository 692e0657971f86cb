package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a MAWB stands in its standard operating procedure: the definition (code and version) it started with, and its
 * current step. Versioned for optimistic locking, so two users advancing at once cannot both win.
 */
public record MawbWorkflow(MawbId mawbId, String workflowCode, int workflowVersion, String currentStep,
        Instant startedAt, Instant updatedAt, long version) {

    public MawbWorkflow {
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(workflowCode, "workflowCode");
        Objects.requireNonNull(currentStep, "currentStep");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A workflow starting at the definition's first step, not yet stored (version 0). */
    public static MawbWorkflow start(MawbId mawbId, WorkflowDefinition definition, Instant now) {
        return new MawbWorkflow(mawbId, definition.code(), definition.version(), definition.first().code(), now, now,
                0);
    }

    public MawbWorkflow moveTo(String step, Instant now) {
        return new MawbWorkflow(mawbId, workflowCode, workflowVersion, step, startedAt, now, version);
    }

    /** The version a repository assigns after storing this one. */
    public MawbWorkflow withVersion(long newVersion) {
        return new MawbWorkflow(mawbId, workflowCode, workflowVersion, currentStep, startedAt, updatedAt, newVersion);
    }
}
