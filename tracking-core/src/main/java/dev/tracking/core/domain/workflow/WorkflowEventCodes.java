package dev.tracking.core.domain.workflow;

/** The custom event codes the workflow reads and writes on a MAWB's timeline. */
public final class WorkflowEventCodes {

    /** Written by the platform for every move into a step (metadata: workflow, version, from, to, trigger). */
    public static final String STEP_ENTERED = "WORKFLOW_STEP";

    /**
     * Recorded by a user or a host when an ocean container is back at the line's depot, empty; metadata
     * {@value #EQUIPMENT} names the container (without it, the event counts for every container of the MAWB).
     */
    public static final String EMPTY_RETURNED = "EMPTY_RETURNED";

    /** The metadata key naming the container of an {@link #EMPTY_RETURNED} event. */
    public static final String EQUIPMENT = "equipment";

    private WorkflowEventCodes() {
    }
}
