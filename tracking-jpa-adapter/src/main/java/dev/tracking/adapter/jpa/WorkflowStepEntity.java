package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A row of {@code workflow_steps}: one step of one version of a workflow definition, never changed once stored. Its
 * lists are comma-separated text, the empty string for none ({@link WorkflowDefinitionMapper}); the advance feature
 * refers to the permission catalogue ({@code features}) by foreign key.
 */
@Entity
@Table(name = "workflow_steps")
@IdClass(WorkflowStepEntity.Key.class)
class WorkflowStepEntity {

    @Id
    String workflowCode;

    @Id
    int workflowVersion;

    @Id
    String stepCode;

    String name;

    int position;

    /** File type codes, sorted. */
    String requiredFileTypes;

    /** {@code Condition} names, sorted. */
    String requiredConditions;

    /** {@code EntryAction} names, in the order they run. */
    String entryActions;

    String advanceFeature;

    /** FSU codes, sorted. */
    String advanceOnEvents;

    /** An {@code Applicability} name. */
    String appliesWhen;

    /** The primary key: one step of each code per definition version. */
    record Key(String workflowCode, int workflowVersion, String stepCode) implements Serializable {
    }
}
