package dev.tracking.core.domain.common;

/** An update was based on a version of the record that is no longer current (optimistic locking). */
public final class VersionConflictException extends TrackingException {

    private final String entity;
    private final String id;
    private final long expectedVersion;

    public VersionConflictException(String entity, Object id, long expectedVersion) {
        super(entity + " " + id + " was changed by someone else: version " + expectedVersion + " is no longer current");
        this.entity = entity;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
