package dev.tracking.adapter.jpa;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code where} clause of a JPQL query, built one condition at a time. Values always go in as named parameters
 * ({@link #param}); only fixed JPQL from this adapter's code becomes part of the text.
 */
final class JpqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that every row must meet. */
    JpqlConditions and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Registers a value and returns the parameter reference ({@code :p1}, ...) to write in its place. */
    String param(Object value) {
        String name = "p" + (parameters.size() + 1);
        parameters.put(name, value);
        return ":" + name;
    }

    /** {@code " where a and b ..."}, or nothing when there is no condition. */
    String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
