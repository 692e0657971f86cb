package dev.tracking.core.domain.event;

/** Whether an event's time is a plan, an estimate, or what actually happened. Only actual events move a status. */
public enum TimeType {
    PLANNED,
    ESTIMATED,
    ACTUAL
}
