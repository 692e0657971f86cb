package dev.tracking.core.domain.common;

/** A record with the same unique key already exists. */
public final class DuplicateException extends TrackingException {

    private final String entity;
    private final String field;
    private final String value;

    public DuplicateException(String entity, String field, Object value) {
        super(entity + " with " + field + " " + value + " already exists");
        this.entity = entity;
        this.field = field;
        this.value = String.valueOf(value);
    }

    public String entity() {
        return entity;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
