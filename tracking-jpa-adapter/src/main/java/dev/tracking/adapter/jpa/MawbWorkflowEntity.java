package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code mawb_workflows}: where one MAWB stands in its workflow. Its current step refers to the definition's
 * step by foreign key {@code (workflow_code, workflow_version, current_step)}; {@code version} is the optimistic lock.
 */
@Entity
@Table(name = "mawb_workflows")
class MawbWorkflowEntity {

    @Id
    UUID mawbId;

    String workflowCode;

    int workflowVersion;

    String currentStep;

    Instant startedAt;

    Instant updatedAt;

    @Version
    long version;
}
