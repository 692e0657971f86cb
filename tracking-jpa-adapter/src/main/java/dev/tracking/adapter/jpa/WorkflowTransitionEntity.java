package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code mawb_workflow_transitions}: one move of a MAWB into a step, keyed by the MAWB and its sequence number
 * ({@code mawb_workflow_transitions_pk}). Append-only.
 */
@Entity
@Table(name = "mawb_workflow_transitions")
@IdClass(WorkflowTransitionEntity.Key.class)
class WorkflowTransitionEntity {

    @Id
    UUID mawbId;

    @Id
    int seq;

    String fromStep;

    String toStep;

    /** A {@code TransitionTrigger} name. */
    String triggerKind;

    String triggerCode;

    String movedBy;

    Instant movedAt;

    /** The primary key: one move per MAWB and sequence number. */
    record Key(UUID mawbId, int seq) implements Serializable {
    }
}
