package dev.tracking.adapter.jdbi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a write stores under unique keys, so that a violation can name the value that was taken: the entity written
 * and its key values by domain field name ({@code id}, {@code awbNumber}, ...).
 */
record WrittenKeys(String entity, Map<String, Object> values) {

    static WrittenKeys of(String entity, String field, Object value) {
        return new WrittenKeys(entity, Map.of(field, value));
    }

    static WrittenKeys of(String entity, String field, Object value, String otherField, Object otherValue) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        values.put(otherField, otherValue);
        return new WrittenKeys(entity, values);
    }

    Object valueOf(String field) {
        return values.get(field);
    }
}
