package dev.tracking.core.domain.workflow;

/** What moved a MAWB into a step. */
public enum TransitionTrigger {
    /** A user advanced it, or the workflow started when the MAWB was created. */
    MANUAL,
    /** An incoming status event that the step's definition names. */
    EVENT
}
