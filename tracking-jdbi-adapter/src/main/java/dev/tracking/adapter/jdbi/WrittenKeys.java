package dev.tracking.adapter.jdbi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a write stores under unique keys, so that a violation can name the value that was taken: the entity written
 * and its key values by domain field name ({@code id}, {@code awbNumber}, ...), its primary key first; and, for writes
 * with only one foreign key that can find no row (a grant's or an override's feature, a workflow step's advance
 * feature, the MAWB of a workflow or a move, a workflow's current step), the field and value that key refers to, so
 * that a foreign-key violation can say which value is unknown.
 *
 * @param referenceField the field whose value a foreign key of the written row must find, or null
 * @param referenceValue that value, or null
 */
record WrittenKeys(String entity, Map<String, Object> values, String referenceField, Object referenceValue) {

    static WrittenKeys of(String entity, String field, Object value) {
        return new WrittenKeys(entity, Map.of(field, value), null, null);
    }

    static WrittenKeys of(String entity, String field, Object value, String otherField, Object otherValue) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        values.put(otherField, otherValue);
        return new WrittenKeys(entity, values, null, null);
    }

    /** These keys, for a write whose foreign key must find {@code value} of {@code field}. */
    WrittenKeys referring(String field, Object value) {
        return new WrittenKeys(entity, values, field, value);
    }

    /** The field the write names first: the written record's primary key. */
    String primaryField() {
        return values.keySet().iterator().next();
    }

    Object valueOf(String field) {
        return values.get(field);
    }

    boolean refersToSomething() {
        return referenceField != null;
    }
}
