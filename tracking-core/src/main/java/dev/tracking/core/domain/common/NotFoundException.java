package dev.tracking.core.domain.common;

/** The record a caller named does not exist. */
public final class NotFoundException extends TrackingException {

    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
