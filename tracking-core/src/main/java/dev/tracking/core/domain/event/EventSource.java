package dev.tracking.core.domain.event;

/** Where an event came from. */
public enum EventSource {
    /** Typed in by a user. */
    MANUAL,
    /** Sent by a host system through the API. */
    API,
    /** Received from the airline or its handler (FSU feed). */
    CARRIER,
    /** Produced by the platform itself, such as a workflow transition. */
    SYSTEM
}
