package dev.tracking.adapter.jpa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a write is about, so that {@link PersistenceErrors} can name it in a typed exception: the entity (as the core's
 * exceptions name it), the record's id, the version an update was based on, the values of its unique keys, and the
 * row its foreign key refers to, if the caller names it.
 *
 * @param reference the field whose value must name an existing row (such as a grant's {@code feature}), or null
 */
record WriteTarget(String entity, Object id, long expectedVersion, Map<String, Object> uniqueValues,
        Reference reference) {

    /** Marks a write that is not an update. */
    static final long NO_VERSION = -1;

    /**
     * A field of the write that refers to another table's row by foreign key.
     *
     * @param field the field, as the core's exceptions name it
     * @param value the value the write gave it
     */
    record Reference(String field, Object value) {
    }

    static WriteTarget insertOf(String entity, Object id) {
        return new WriteTarget(entity, id, NO_VERSION, Map.of("id", id), null);
    }

    /** An insert of many records at once, such as a batch of events: which one failed is not known. */
    static WriteTarget batchOf(String entity) {
        return new WriteTarget(entity, "?", NO_VERSION, Map.of(), null);
    }

    static WriteTarget updateOf(String entity, Object id, long expectedVersion) {
        return new WriteTarget(entity, id, expectedVersion, Map.of("id", id), null);
    }

    /** This target with the value of one more unique field, such as {@code awbNumber}. */
    WriteTarget unique(String field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(uniqueValues);
        values.put(field, value);
        return new WriteTarget(entity, id, expectedVersion, Map.copyOf(values), reference);
    }

    /**
     * This target with the field whose value must name an existing row: a foreign key that finds none becomes a
     * {@code ValidationException} on that field.
     */
    WriteTarget referring(String field, Object value) {
        return new WriteTarget(entity, id, expectedVersion, uniqueValues, new Reference(field, value));
    }

    /** The value of {@code field} as this write holds it, or {@code "?"} when the write did not say. */
    Object valueOf(String field) {
        return uniqueValues.getOrDefault(field, "?");
    }
}
