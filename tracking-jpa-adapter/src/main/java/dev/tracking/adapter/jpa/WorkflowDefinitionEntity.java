package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A row of {@code workflow_definitions}: the key of one version of a workflow definition, stored before its steps so
 * that two units of work storing the same version cannot both succeed.
 */
@Entity
@Table(name = "workflow_definitions")
@IdClass(WorkflowDefinitionEntity.Key.class)
class WorkflowDefinitionEntity {

    @Id
    String workflowCode;

    @Id
    int workflowVersion;

    WorkflowDefinitionEntity() {
    }

    WorkflowDefinitionEntity(String workflowCode, int workflowVersion) {
        this.workflowCode = workflowCode;
        this.workflowVersion = workflowVersion;
    }

    /** The primary key. */
    record Key(String workflowCode, int workflowVersion) implements Serializable {
    }
}
