package dev.tracking.adapter.jdbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/** A WHERE clause built from whitelisted SQL fragments, and the values its parameters take. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<?>> lists = new LinkedHashMap<>();

    /** Adds a condition whose parameters are bound with {@link #bind} or {@link #bindList}. */
    Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    Conditions bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Binds a non-empty list to {@code <name>} in a condition. */
    Conditions bindList(String name, List<?> list) {
        lists.put(name, List.copyOf(list));
        return this;
    }

    /** {@code WHERE a AND b ...}, or nothing when there is no condition. */
    String where() {
        return clauses.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", clauses);
    }

    Query bindTo(Query query) {
        query.bindMap(values);
        lists.forEach(query::bindList);
        return query;
    }
}
